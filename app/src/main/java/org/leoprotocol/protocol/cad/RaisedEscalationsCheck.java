package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.Optional;

import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.RaisedEscalation;
import org.leoprotocol.protocol.incident.PersonAtRisk;

/** Checks a historical incident's escalations: a time within the incident, a step and level of the protocol version. */
final class RaisedEscalationsCheck {

	private RaisedEscalationsCheck() {
	}

	static void check(IncidentCheck check, HistoricalIncident incident, PersonAtRisk person, Instant reported,
			Instant end) {
		for (int i = 0; i < incident.escalations().size(); i++) {
			RaisedEscalation escalation = incident.escalations().get(i);
			String where = "escalation " + (i + 1);
			if (escalation == null) {
				check.problem(where + " is empty");
				continue;
			}
			if (escalation.at() == null) {
				check.problem(where + ": the time is missing");
			}
			check.time(where, escalation.at(), reported, end);
			Optional<String> unknownStep = check.step(where, escalation.step(), incident.kind(), person);
			unknownStep.ifPresent(check::problem);
			if (unknownStep.isEmpty() && check.version != null
					&& check.version.step(escalation.step()).orElseThrow().escalations().stream()
						.noneMatch(level -> level.level() == escalation.level())) {
				check.problem(where + ": step " + escalation.step() + " has no escalation level "
						+ escalation.level() + " in protocol version " + check.version.version());
			}
		}
	}
}
