package org.leoprotocol.protocol.triage;

import java.util.Optional;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.Priority;

/**
 * A missing person under 21 is "high risk" in Indiana (IC 5-2-17-1) and must be entered into NCIC within two hours (34
 * U.S.C. 41307 and 41308(a)(3), Suzanne's Law raised the age from 18 to 21).
 */
final class UnderTwentyOnePolicy implements PriorityPolicy {

	@Override
	public Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person) {
		if (!kind.missing() || person.age() == null || person.age() >= 21) {
			return Optional.empty();
		}
		return Optional.of(new PriorityReason(Priority.HIGH, "missing and under 21",
				"IC 5-2-17-1; 34 U.S.C. 41307"));
	}
}
