package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.RecordedDecision;
import org.leoprotocol.protocol.reunification.Reunification;
import org.leoprotocol.shared.phrase.Sentence;

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
			Sentence where = Sentence.of("protocol.cad.where.decision", String.valueOf(i + 1));
			if (decision == null) {
				check.problem("protocol.cad.part.empty", where);
				continue;
			}
			if (decision.decision() == null) {
				check.problem(where,
						Sentence.of("protocol.cad.decision.kind", List.of(DecisionKind.values()).toString()));
			}
			int length = decision.reason() == null ? 0 : decision.reason().strip().length();
			if (length < Reunification.MIN_REASON || length > Reunification.MAX_REASON) {
				check.problem(where,
						Sentence.of("protocol.cad.decision.reason", String.valueOf(Reunification.MIN_REASON),
								String.valueOf(Reunification.MAX_REASON)));
			}
			if (decision.at() == null) {
				check.timeMissing(where);
			}
			check.time(where, decision.at(), reported, end);
			check.officer(where, decision.badge()).ifPresent(check.problems::add);
		}
	}
}
