package org.leoprotocol.protocol.triage;

import java.util.Optional;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

/**
 * Possible foul play or sexual exploitation, a life-threatening situation, or company that could endanger the person:
 * real and immediate danger (NCMEC unusual circumstances 5, 6 and 8), so the incident is critical.
 */
final class EndangermentPolicy implements PriorityPolicy {

	@Override
	public Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person) {
		if (person.has(RiskFactor.FOUL_PLAY_SUSPECTED)) {
			return critical("foul play suspected", "NCMEC unusual circumstance 5");
		}
		if (person.has(RiskFactor.LIFE_THREATENING_SITUATION)) {
			return critical("life-threatening situation", "NCMEC unusual circumstance 6");
		}
		if (person.has(RiskFactor.WITH_ENDANGERING_PERSONS)) {
			return critical("with people who could endanger them", "NCMEC unusual circumstance 8");
		}
		return Optional.empty();
	}

	private static Optional<PriorityReason> critical(String reason, String source) {
		return Optional.of(new PriorityReason(Priority.CRITICAL, reason, source));
	}
}
