package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.Optional;

import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.RaisedEscalation;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.shared.phrase.Sentence;

/** Checks a historical incident's escalations: a time within the incident, a step and level of the protocol version. */
final class RaisedEscalationsCheck {

	private RaisedEscalationsCheck() {
	}

	static void check(IncidentCheck check, HistoricalIncident incident, PersonAtRisk person, Instant reported,
			Instant end) {
		for (int i = 0; i < incident.escalations().size(); i++) {
			RaisedEscalation escalation = incident.escalations().get(i);
			Sentence where = Sentence.of("protocol.cad.where.escalation", String.valueOf(i + 1));
			if (escalation == null) {
				check.problem("protocol.cad.part.empty", where);
				continue;
			}
			if (escalation.at() == null) {
				check.timeMissing(where);
			}
			check.time(where, escalation.at(), reported, end);
			Optional<Sentence> unknownStep = check.step(where, escalation.step(), incident.kind(), person);
			unknownStep.ifPresent(check.problems::add);
			if (unknownStep.isEmpty() && check.version != null
					&& check.version.step(escalation.step()).orElseThrow().escalations().stream()
						.noneMatch(level -> level.level() == escalation.level())) {
				check.problem(where, Sentence.of("protocol.cad.escalation.level", escalation.step(),
						String.valueOf(escalation.level()), String.valueOf(check.version.version())));
			}
		}
	}
}
