package org.leoprotocol.protocol.triage;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;

/**
 * The situational NCMEC unusual circumstances (out of the zone of safety: 2, absent over 24 hours before the report: 7,
 * otherwise at risk: 9) and the environmental indicators of the College of Policing APP (water, traffic and weather).
 * Each raises the incident to high priority.
 */
final class CircumstancePolicy implements PriorityPolicy {

	private static final List<RiskFactor> CIRCUMSTANCES = List.of(RiskFactor.OUT_OF_ZONE_OF_SAFETY,
			RiskFactor.ABSENT_MORE_THAN_24_HOURS, RiskFactor.NEAR_HAZARD, RiskFactor.ADVERSE_WEATHER,
			RiskFactor.OTHER_AT_RISK);

	@Override
	public Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person) {
		List<RiskFactor> present = CIRCUMSTANCES.stream().filter(person::has).toList();
		if (present.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new PriorityReason(Priority.HIGH,
				present.stream().map(RiskFactor::label).collect(Collectors.joining(", ")),
				"NCMEC unusual circumstances 2, 7, 9; College of Policing APP"));
	}
}
