package org.leoprotocol.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.HistoricalEntry;
import org.leoprotocol.protocol.HistoricalIncident;
import org.leoprotocol.protocol.HistoricalPerson;
import org.leoprotocol.protocol.HistoricalRelease;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.RaisedEscalation;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.TimelineEventType;

/**
 * The five years of the demo department's other lost-child and vulnerable-person responses, generated from a fixed
 * seed: six to ten of each kind in each year ({@link HistoryYears}), each following the protocol (engagement within two
 * minutes, cameras on, verified releases) and each escalating to the supervisor at ten minutes while the family is on
 * its way. The people are described, never named; the CAD numbers depend on the seed only, the dates on the demo's
 * "now".
 */
final class GeneratedIncidents {

	/** The fewest responses of one kind in one year of the generated history. */
	static final int PER_KIND_AND_YEAR = 6;
	private static final String[] PLACES = { "Riverside park, by the playground", "Central station, main hall",
			"Maple Street shopping centre", "Harbour promenade", "North library", "Fairground on Elm Road",
			"Bus terminal, platform 4", "Lakeside trail car park" };
	private static final String[] RELATIONS = { "mother", "father", "grandmother", "legal guardian", "daughter", "son",
			"spouse" };

	private GeneratedIncidents() {
	}

	/**
	 * From {@value #PER_KIND_AND_YEAR} to {@value #PER_KIND_AND_YEAR} + 4 responses of each kind in each of the five
	 * years of history ({@link HistoryYears}), so that no count of a kind in a year is small enough to be suppressed;
	 * how many depends on the seed only, the dates on the demo's "now".
	 */
	static List<HistoricalIncident> generated(Instant now) {
		Random random = new Random(2026);
		List<String> badges = DemoDepartment.generatedOfficers().stream().map(officer -> officer.badgeNumber())
			.toList();
		List<HistoricalIncident> incidents = new ArrayList<>();
		for (int year : HistoryYears.of(now)) {
			for (IncidentKind kind : IncidentKind.values()) {
				int count = PER_KIND_AND_YEAR + random.nextInt(5);
				for (int i = 0; i < count; i++) {
					Instant reported = HistoryYears.at(year, now, (i + random.nextDouble()) / (count + 1))
						.truncatedTo(ChronoUnit.DAYS).plus(Duration.ofMinutes(420 + random.nextInt(840)));
					String badge = badges.get(random.nextInt(badges.size()));
					String number = "CAD-DEMO-" + kind.name().charAt(0)
							+ kind.name().charAt(kind.name().indexOf('_') + 1) + "-" + year + "-" + (i + 1);
					incidents.add(kind.found() ? found(number, kind, reported, badge, random)
							: missing(number, kind, reported, badge, random));
				}
			}
		}
		return incidents;
	}

	private static HistoricalIncident found(String number, IncidentKind kind, Instant t, String badge, Random random) {
		boolean child = kind == IncidentKind.FOUND_CHILD;
		Instant assigned = t.plusSeconds(20 + random.nextInt(70));
		Instant camera = assigned.plusSeconds(60 + random.nextInt(120));
		Instant arrived = camera.plusSeconds(10);
		Instant engaged = arrived.plusSeconds(15 + random.nextInt(85));
		Instant broadcast = arrived.plusSeconds(120 + random.nextInt(280));
		Instant released = t.plusSeconds(60L * (11 + random.nextInt(39)));
		released = released.isAfter(broadcast) ? released : broadcast.plusSeconds(60);
		Instant cleared = released.plusSeconds(180 + random.nextInt(420));
		int age = child ? 2 + random.nextInt(10) : 68 + random.nextInt(24);
		return new HistoricalIncident(number, kind, null, 1, t, null, PLACES[random.nextInt(PLACES.length)],
				person(child, age, random),
				List.of(new HistoricalEntry(assigned, TimelineEventType.ASSIGNED, badge, null, null, null),
						new HistoricalEntry(camera, TimelineEventType.RECORDING_STARTED, badge, "BC-" + badge, null,
								null),
						new HistoricalEntry(arrived, TimelineEventType.ARRIVED, badge, null, null, null),
						new HistoricalEntry(engaged, TimelineEventType.STEP_DONE, badge, null, "ENGAGE_PERSON", null),
						new HistoricalEntry(broadcast, TimelineEventType.BROADCAST_ISSUED, badge, null, null, null),
						new HistoricalEntry(cleared, TimelineEventType.CLEARED, badge, null, null, null)),
				supervisorEscalations(t, released), release(released, badge, child, random), List.of(), cleared);
	}

	private static HistoricalIncident missing(String number, IncidentKind kind, Instant t, String badge,
			Random random) {
		boolean child = kind == IncidentKind.MISSING_CHILD;
		Instant assigned = t.plusSeconds(30 + random.nextInt(90));
		Instant arrived = assigned.plusSeconds(240 + random.nextInt(480));
		Instant camera = arrived.minusSeconds(20);
		Instant interviewed = arrived.plusSeconds(30 + random.nextInt(170));
		Instant broadcast = interviewed.plusSeconds(120 + random.nextInt(200));
		Instant reviewed = t.plusSeconds(60L * (15 + random.nextInt(13)));
		Instant released = t.plusSeconds(60L * (40 + random.nextInt(140)));
		Instant cleared = released.plusSeconds(300);
		int age = child ? 3 + random.nextInt(14) : 70 + random.nextInt(20);
		List<HistoricalEntry> timeline = new ArrayList<>(
				List.of(new HistoricalEntry(assigned, TimelineEventType.ASSIGNED, badge, null, null, null),
						new HistoricalEntry(camera, TimelineEventType.RECORDING_STARTED, badge, "BC-" + badge, null,
								null),
						new HistoricalEntry(arrived, TimelineEventType.ARRIVED, badge, null, null, null),
						new HistoricalEntry(interviewed, TimelineEventType.STEP_DONE, badge, null,
								"INTERVIEW_REPORTING_PARTY",
								null),
						new HistoricalEntry(broadcast, TimelineEventType.BROADCAST_ISSUED, badge, null, null, null),
						new HistoricalEntry(reviewed, TimelineEventType.STEP_DONE, DemoIncidents.SERGEANT, null,
								"SUPERVISOR_REVIEW",
								"search plan confirmed")));
		if (child) {
			timeline.add(new HistoricalEntry(reviewed.plusSeconds(300), TimelineEventType.STEP_DONE, badge, null,
					"NCIC_ENTRY",
					"EMJ entry"));
		}
		timeline.add(new HistoricalEntry(cleared, TimelineEventType.CLEARED, badge, null, null, null));
		timeline.sort(Comparator.comparing(HistoricalEntry::at));
		return new HistoricalIncident(number, kind, null, 1, t, t.minusSeconds(60L * (20 + random.nextInt(100))),
				PLACES[random.nextInt(PLACES.length)], person(child, age, random), timeline,
				supervisorEscalations(t, released),
				release(released, badge, child, random), List.of(), cleared);
	}

	/** The protocol's supervisor escalation at 10 minutes unresolved, and command's at 30 (Code Adam's ten minutes). */
	private static List<RaisedEscalation> supervisorEscalations(Instant reported, Instant released) {
		List<RaisedEscalation> raised = new ArrayList<>();
		if (released.isAfter(reported.plusSeconds(600))) {
			raised.add(new RaisedEscalation("RESOLVE_OR_NOTIFY_SUPERVISOR", 1, reported.plusSeconds(601)));
		}
		if (released.isAfter(reported.plusSeconds(1800))) {
			raised.add(new RaisedEscalation("RESOLVE_OR_NOTIFY_SUPERVISOR", 2, reported.plusSeconds(1801)));
		}
		return raised;
	}

	private static HistoricalPerson person(boolean child, int age, Random random) {
		String description = child ? (random.nextBoolean() ? "girl" : "boy") + ", about " + age + ", "
				+ (random.nextBoolean() ? "yellow raincoat, rain boots" : "striped T-shirt, white trainers")
				: (random.nextBoolean() ? "woman" : "man") + ", about " + age + ", grey cardigan, walking stick";
		return new HistoricalPerson(null, age, description,
				child ? Condition.DISTRESSED : Condition.DISORIENTED,
				child ? Set.of(RiskFactor.OUT_OF_ZONE_OF_SAFETY) : Set.of(RiskFactor.MENTALLY_DIMINISHED));
	}

	private static HistoricalRelease release(Instant at, String badge, boolean child, Random random) {
		String relation = child ? RELATIONS[random.nextInt(4)] : RELATIONS[4 + random.nextInt(3)];
		return new HistoricalRelease(at, "Verified " + relation, relation,
				new HistoricalIncident.Document("Driver licence", "State",
						String.format("%04d", random.nextInt(10000))),
				true,
				Recognition.RECOGNISED, null, true,
				child ? "parent or guardian of record" : "next of kin on the care home's list",
				badge, null);
	}
}
