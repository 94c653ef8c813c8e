package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.RecordedDecision;
import org.leoprotocol.protocol.reunification.Reunification;

/**
 * Checks a historical incident's reunification decisions: which decision, a reason of the length a live decision needs,
 * a time within the incident, the officer on the roster.
 */
final class RecordedDecisionsCheck {

	private RecordedDecisionsCheck() {
	}

	static void check(IncidentCheck check, HistoricalIncident incident, Instant reported, Instant end) {
		for (int i = 0; i < incident.decisions().size(); i++) {
			RecordedDecision decision = incident.decisions().get(i);
			String where = "decision " + (i + 1);
			if (decision == null) {
				check.problem(where + " is empty");
				continue;
			}
			if (decision.decision() == null) {
				check.problem(where + ": say which decision (one of " + List.of(DecisionKind.values()) + ")");
			}
			int length = decision.reason() == null ? 0 : decision.reason().strip().length();
			if (length < Reunification.MIN_REASON || length > Reunification.MAX_REASON) {
				check.problem(where + ": give the reason in " + Reunification.MIN_REASON + " to "
						+ Reunification.MAX_REASON + " characters");
			}
			if (decision.at() == null) {
				check.problem(where + ": the time is missing");
			}
			check.time(where, decision.at(), reported, end);
			check.officer(where, decision.badge()).ifPresent(check::problem);
		}
	}
}
