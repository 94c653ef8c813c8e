package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.Locale;

import org.leoprotocol.protocol.HistoricalEntry;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.incident.PersonAtRisk;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * Checks a historical incident's timeline entries: a known type, a time within the incident and in order, the officer
 * and device where the entry needs them, a step of the protocol version, a note of bounded length that never names the
 * person.
 */
final class TimelineEntriesCheck {

	private TimelineEntriesCheck() {
	}

	static void check(IncidentCheck check, HistoricalIncident incident, PersonAtRisk person, Instant reported,
			Instant end) {
		Instant previous = null;
		for (int i = 0; i < incident.timeline().size(); i++) {
			HistoricalEntry entry = incident.timeline().get(i);
			Sentence where = Sentence.of("protocol.cad.where.entry", String.valueOf(i + 1));
			if (entry == null) {
				check.problem("protocol.cad.part.empty", where);
				continue;
			}
			if (entry.type() == null || !HistoricalIncident.TIMELINE_TYPES.contains(entry.type())) {
				check.problem(where, Sentence.of("protocol.cad.entry.type",
						HistoricalIncident.TIMELINE_TYPES.stream().map(Enum::name).sorted().toList().toString()));
			}
			if (entry.at() == null) {
				check.timeMissing(where);
			}
			check.time(where, entry.at(), reported, end);
			if (entry.at() != null && previous != null && entry.at().isBefore(previous)) {
				check.problem(where,
						Sentence.of("protocol.cad.time.order", entry.at().toString(), previous.toString()));
			}
			previous = entry.at() == null ? previous : entry.at();
			if (entry.type() != null && (entry.type().dispatch() || entry.type().camera())
					&& IncidentCheck.blank(entry.badge())) {
				check.problem(where, Sentence.of("protocol.cad.entry.badge"));
			}
			if (entry.type() != null && entry.type().camera() && IncidentCheck.blank(entry.device())) {
				check.problem(where, Sentence.of("protocol.cad.entry.device"));
			}
			if (entry.type() == TimelineEventType.STEP_DONE) {
				check.step(where, entry.step(), incident.kind(), person).ifPresent(check.problems::add);
			}
			note(check, where, entry.detail(), person);
			check.officer(where, entry.badge()).ifPresent(check.problems::add);
		}
	}

	private static void note(IncidentCheck check, Sentence where, String detail, PersonAtRisk person) {
		if (detail != null && detail.strip().length() > TimelineEntry.MAX_NOTE) {
			check.problem(where, Sentence.of("protocol.cad.note.long", String.valueOf(TimelineEntry.MAX_NOTE)));
		}
		if (detail != null && person != null && person.nameKnown()
				&& detail.toLowerCase(Locale.ROOT).contains(person.name().toLowerCase(Locale.ROOT))) {
			check.problem(where, Sentence.of("protocol.cad.note.name"));
		}
	}
}
