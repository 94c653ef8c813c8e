package org.leoprotocol.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.HistoricalEntry;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.HistoricalPerson;
import org.leoprotocol.protocol.HistoricalRelease;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.RaisedEscalation;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.protocol.RecordedDecision;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.TimelineEventType;

/**
 * The demo department's past lost-child and vulnerable-person incidents as its CAD system recorded them: scenario 000
 * (Leo by the fountain, Officer Miller on scene 11 minutes 42 seconds before engaging), scenario 001 (Deputy Rodriguez
 * and Malakai, everything on time) and the five years of the department's other responses ({@link GeneratedIncidents}),
 * so that the portal's counts of every kind and year rise above the small-count suppression. The generated responses
 * follow the protocol (engagement within two minutes, cameras on, verified releases); every found person waits more
 * than ten minutes for the family, so each response escalates to the supervisor at ten minutes as the protocol says
 * (and the escalations of a kind and year are never a small count). Their people are described, never named.
 */
final class DemoIncidents {

	static final String SCENARIO_000 = "CAD-2026-0613-0142";
	static final String SCENARIO_001 = "CAD-2026-0503-0087";

	static final String SERGEANT = DemoDepartment.MILLERS_SERGEANT.badgeNumber();

	private DemoIncidents() {
	}

	/** The two scenario incidents and the generated history, each as a CAD export would give it. */
	static List<HistoricalIncident> all(Instant now) {
		List<HistoricalIncident> incidents = new ArrayList<>(List.of(scenario000(), scenario001()));
		incidents.addAll(GeneratedIncidents.generated(now));
		return incidents;
	}

	/** Scenario 000: Leo, 5, by the fountain; the arrival matches the body-camera reference of Cora Miller's case. */
	static HistoricalIncident scenario000() {
		Instant t = Instant.parse("2026-06-13T14:05:00Z");
		String miller = DemoDepartment.MARK_MILLER.badgeNumber();
		return new HistoricalIncident(SCENARIO_000, IncidentKind.FOUND_CHILD, null, 1, t, null,
				"Central square, by the fountain",
				new HistoricalPerson(DemoPeople.LOST_CHILD, 5,
						"boy, brown hair, red jacket, blue sneakers, holding a small green dinosaur toy",
						Condition.DISTRESSED,
						Set.of(RiskFactor.OUT_OF_ZONE_OF_SAFETY)),
				List.of(new HistoricalEntry(t.plusSeconds(40), TimelineEventType.ASSIGNED, miller, null, null, null),
						new HistoricalEntry(t.plusSeconds(170), TimelineEventType.RECORDING_STARTED, miller, "BC-734",
								null,
								null),
						new HistoricalEntry(t.plusSeconds(180), TimelineEventType.ARRIVED, miller, null, null, null),
						new HistoricalEntry(t.plusSeconds(180 + 702), TimelineEventType.STEP_DONE, miller, null,
								"ENGAGE_PERSON",
								"a bystander had stayed with the boy the whole time"),
						new HistoricalEntry(t.plusSeconds(930), TimelineEventType.BROADCAST_ISSUED, miller, null, null,
								"boy, about 5, red jacket, blue sneakers, green dinosaur toy"),
						new HistoricalEntry(t.plusSeconds(960), TimelineEventType.RECORDING_STOPPED, miller, "BC-734",
								null,
								null),
						new HistoricalEntry(t.plusSeconds(1260), TimelineEventType.RECORDING_STARTED, miller, "BC-734",
								null,
								"activation ordered by Chief David Miller; family escorted to their car"),
						new HistoricalEntry(t.plusSeconds(1800), TimelineEventType.CLEARED, miller, null, null, null)),
				List.of(new RaisedEscalation("ENGAGE_PERSON", 1, t.plusSeconds(301)),
						new RaisedEscalation("ENGAGE_PERSON", 2, t.plusSeconds(481)),
						new RaisedEscalation("RESOLVE_OR_NOTIFY_SUPERVISOR", 1, t.plusSeconds(601)),
						new RaisedEscalation("ENGAGE_PERSON", 3, t.plusSeconds(781)),
						new RaisedEscalation("BROADCAST_DESCRIPTION", 1, t.plusSeconds(781))),
				new HistoricalRelease(t.plusSeconds(1440), DemoPeople.COMPLAINANT, "mother",
						new HistoricalIncident.Document("Driver licence", "State", "4821"), true,
						Recognition.RECOGNISED, null, true,
						"mother; the boy ran to her and named her", SERGEANT, null),
				List.of(), t.plusSeconds(1800));
	}

	/** Scenario 001: Deputy Rodriguez finds Malakai, 4, walking alone and does everything on time. */
	static HistoricalIncident scenario001() {
		Instant t = Instant.parse("2026-05-03T09:00:00Z");
		String rodriguez = DemoDepartment.RODRIGUEZ.badgeNumber();
		return new HistoricalIncident(SCENARIO_001, IncidentKind.FOUND_CHILD, null, 1, t, null,
				"Palm Avenue, walking towards the donut shop",
				new HistoricalPerson(DemoPeople.FOUND_CHILD, 4, "boy, blue sandals, carrying a stuffed puppy",
						Condition.UNHARMED,
						Set.of(RiskFactor.OUT_OF_ZONE_OF_SAFETY)),
				List.of(new HistoricalEntry(t, TimelineEventType.ASSIGNED, rodriguez, null, null,
						"came upon the child on patrol"),
						new HistoricalEntry(t, TimelineEventType.ARRIVED, rodriguez, null, null, null),
						new HistoricalEntry(t.plusSeconds(5), TimelineEventType.RECORDING_STARTED, rodriguez, "BC-2218",
								null,
								null),
						new HistoricalEntry(t.plusSeconds(20), TimelineEventType.STEP_DONE, rodriguez, null,
								"ENGAGE_PERSON",
								"knelt to eye level, talked about the stuffed puppy"),
						new HistoricalEntry(t.plusSeconds(180), TimelineEventType.BROADCAST_ISSUED, rodriguez, null,
								null,
								"boy, about 4, blue sandals, stuffed puppy"),
						new HistoricalEntry(t.plusSeconds(600), TimelineEventType.CLEARED, rodriguez, null, null,
								null)),
				List.of(),
				new HistoricalRelease(t.plusSeconds(480), DemoPeople.COMMENDER, "mother",
						new HistoricalIncident.Document("Driver licence", "State", "7710"), true,
						Recognition.RECOGNISED, null, true,
						"mother, sole parent; no custody order on file; address matches licence", rodriguez, null),
				List.of(new RecordedDecision(DecisionKind.NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES,
						"The child slipped out through an unlatched door; the mother is attentive and fitted a chain lock at once.",
						t.plusSeconds(540), rodriguez)),
				t.plusSeconds(600));
	}
}
