package org.leoprotocol.protocol.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepStatus;
import org.leoprotocol.protocol.web.BoardView;
import org.leoprotocol.protocol.web.BoardView.BoardClock;
import org.leoprotocol.protocol.web.BoardView.BoardIncident;
import org.leoprotocol.protocol.web.IncidentRow;
import org.leoprotocol.protocol.web.NewIncidentForm;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Phrase;

import org.springframework.stereotype.Component;

/**
 * Turns incidents into the view records of the pages that show many at once, in the agency's time zone: the list of
 * recent incidents, the live board with every open step's clock, and the form that opens a new incident.
 */
@Component
class IncidentListViews {

	private static final String PRIORITY = "incident-page.priority.";

	private final IncidentParts parts;
	private final StaffMembers staff;
	private final Clock clock;
	private final AgencyTime agencyTime;

	IncidentListViews(IncidentParts parts, StaffMembers staff, Clock clock, AgencyTime agencyTime) {
		this.parts = parts;
		this.staff = staff;
		this.clock = clock;
		this.agencyTime = agencyTime;
	}

	List<IncidentRow> rows(List<Incident> incidents) {
		return incidents.stream().map(incident -> new IncidentRow(incident.id().toString(), kind(incident),
				priority(incident).name(), Phrase.of(PRIORITY, priority(incident)), age(incident),
				incident.location(), format(incident.reportedAt()),
				Phrase.of("incident-page.status.", incident.status()),
				staff.describe(incident.responsibleOfficer())))
			.toList();
	}

	NewIncidentForm form(String kind, String location, String name, String age, String description, String condition,
			List<String> risks, String badge, String problem) {
		return new NewIncidentForm(kind, location, name, age, description, condition, risks == null ? List.of() : risks,
				badge,
				codes(IncidentKind.values()), codes(Condition.values()), codes(RiskFactor.values()), problem);
	}

	BoardView board(List<Incident> incidents) {
		Instant now = clock.instant();
		return new BoardView(format(now), incidents.stream().map(incident -> new BoardIncident(incident.id().toString(),
				Sentence.of("protocol-acts.board.incident", kind(incident),
						age(incident) == null ? new Phrase("incident-page.age.unknown") : age(incident)),
				priority(incident).name(), Phrase.of(PRIORITY, priority(incident)), incident.location(),
				format(incident.reportedAt()), staff.describe(incident.responsibleOfficer()),
				parts.escalations(incident.id()).size(),
				parts.steps(incident.id()).stream().map(step -> clock(step, now)).toList()))
			.toList());
	}

	private BoardClock clock(StepClock step, Instant now) {
		if (step.done()) {
			return new BoardClock(step.code(), step.title(), "done",
					Sentence.of("protocol-acts.board.clock.done", agencyTime.timeOfDay(step.doneAt())));
		}
		if (step.dueAt() == null) {
			return new BoardClock(step.code(), step.title(), "waiting",
					Sentence.of("incident-page.step.waits", Phrase.of("protocol-acts.draft.anchor.", step.anchor())));
		}
		Duration remaining = step.remaining(now);
		if (remaining.isNegative() || step.status() == StepStatus.LATE) {
			return new BoardClock(step.code(), step.title(), "late",
					Sentence.of("protocol-acts.field.clock.late", Durations.clock(step.lateness(now))));
		}
		return new BoardClock(step.code(), step.title(), "running",
				Sentence.of("protocol-acts.field.clock.left", Durations.clock(remaining)));
	}

	private static Phrase kind(Incident incident) {
		return Phrase.of("protocol-acts.kind.", incident.kind());
	}

	private static Priority priority(Incident incident) {
		return incident.priority().priority();
	}

	/** The person's age in years, or {@code null} when nobody knows it. */
	private static String age(Incident incident) {
		return incident.person().age() == null ? null : incident.person().age().toString();
	}

	private static List<String> codes(Enum<?>[] values) {
		return Arrays.stream(values).map(Enum::name).toList();
	}

	private String format(Instant instant) {
		return agencyTime.stampSeconds(instant);
	}
}
