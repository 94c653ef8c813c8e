package org.leoprotocol.protocol.incident;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.clock.StepStatus;
import org.leoprotocol.protocol.web.BoardView;
import org.leoprotocol.protocol.web.BoardView.BoardClock;
import org.leoprotocol.protocol.web.BoardView.BoardIncident;
import org.leoprotocol.protocol.web.IncidentRow;
import org.leoprotocol.protocol.web.NewIncidentForm;
import org.leoprotocol.protocol.web.Choice;
import org.leoprotocol.shared.AgencyTime;

import org.springframework.stereotype.Component;

import static org.leoprotocol.protocol.incident.IncidentPageViews.age;
import static org.leoprotocol.protocol.incident.IncidentPageViews.anchor;

/**
 * Turns incidents into the view records of the pages that show many at once, in the agency's time zone: the list of
 * recent incidents, the live board with every open step's clock, and the form that opens a new incident.
 */
@Component
class IncidentListViews {

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
		return incidents.stream().map(incident -> new IncidentRow(incident.id().toString(), incident.kind().label(),
				incident.priority().priority().name(), age(incident), incident.location(),
				format(incident.reportedAt()),
				incident.status().name(), staff.describe(incident.responsibleOfficer())))
			.toList();
	}

	NewIncidentForm form(String kind, String location, String name, String age, String description, String condition,
			List<String> risks, String badge, String problem) {
		return new NewIncidentForm(kind, location, name, age, description, condition, risks == null ? List.of() : risks,
				badge,
				Arrays.stream(IncidentKind.values()).map(k -> new Choice(k.name(), k.label())).toList(),
				Arrays.stream(Condition.values()).map(c -> new Choice(c.name(), c.label())).toList(),
				Arrays.stream(RiskFactor.values()).map(r -> new Choice(r.name(), r.label())).toList(), problem);
	}

	BoardView board(List<Incident> incidents) {
		Instant now = clock.instant();
		return new BoardView(format(now), incidents.stream().map(incident -> new BoardIncident(incident.id().toString(),
				incident.kind().label(), incident.priority().priority().name(), age(incident), incident.location(),
				format(incident.reportedAt()), staff.describe(incident.responsibleOfficer()),
				parts.escalations(incident.id()).size(),
				parts.steps(incident.id()).stream().map(step -> clock(step, now)).toList()))
			.toList());
	}

	private BoardClock clock(StepClock step, Instant now) {
		if (step.done()) {
			return new BoardClock(step.code(), step.title(), "done", "done " + agencyTime.timeOfDay(step.doneAt()));
		}
		if (step.dueAt() == null) {
			return new BoardClock(step.code(), step.title(), "waiting", "waits for " + anchor(step.anchor()));
		}
		Duration remaining = step.remaining(now);
		if (remaining.isNegative() || step.status() == StepStatus.LATE) {
			return new BoardClock(step.code(), step.title(), "late", "late " + Durations.clock(step.lateness(now)));
		}
		return new BoardClock(step.code(), step.title(), "running", Durations.clock(remaining) + " left");
	}

	private String format(Instant instant) {
		return agencyTime.stampSeconds(instant);
	}
}
