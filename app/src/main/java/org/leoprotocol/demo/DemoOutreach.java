package org.leoprotocol.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.leoprotocol.engagement.Engagement;
import org.leoprotocol.engagement.EventDetails;
import org.leoprotocol.engagement.OutreachEvent;
import org.leoprotocol.shared.ClusterLock;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo department's past community outreach: in each of the history's years ({@link HistoryYears}) a spring and an
 * autumn event of the kinds a department holds with its neighbourhoods (a coffee with officers, a child-safety day on
 * what to do when a child is lost, a back-to-school fair), so that the staff's event list has a past behind the open
 * house that scenario 001 ends in. Events are planned through the engagement module as staff plan them; a start finds
 * them by title and date and adds nothing.
 */
@Component
@Order(26)
@ConditionalOnBooleanProperty("leo.demo.enabled")
class DemoOutreach implements ApplicationRunner {

	private static final List<OutreachPlan> KINDS = List.of(
			new OutreachPlan("Coffee with the officers of your neighbourhood", "North library, reading room",
					"Coffee and conversation with the officers of the precinct\nQuestions about anything, no appointment",
					40),
			new OutreachPlan("Child-safety day: what to do when a child is lost", "Riverside park, by the playground",
					"Safety education for parents and children: what to do when a child is lost\nMeet a patrol car and its officers",
					120),
			new OutreachPlan("Back-to-school safety fair", "Central Precinct, community room",
					"Crossing safely and the way to school\nBike helmet fitting\nOpen conversation with officers", 80));

	private final Engagement engagement;
	private final Clock clock;
	private final ClusterLock seedingLock;

	DemoOutreach(Engagement engagement, Clock clock, ClusterLock seedingLock) {
		this.engagement = engagement;
		this.clock = clock;
		this.seedingLock = seedingLock;
	}

	@Override
	@SuppressWarnings("try") // the lock is held for the block and never read
	public void run(ApplicationArguments args) {
		try (ClusterLock.Held seeding = seedingLock.hold(ClusterLock.START_UP_SEEDING)) {
			Set<String> held = engagement.all().stream().map(DemoOutreach::key).collect(Collectors.toSet());
			plan(clock.instant()).stream().filter(details -> !held.contains(key(details))).forEach(engagement::plan);
		}
	}

	/** Two events a year, the same for the same "now": the kind turns with the year and the season. */
	static List<EventDetails> plan(Instant now) {
		List<Integer> years = HistoryYears.of(now);
		List<EventDetails> planned = new java.util.ArrayList<>();
		for (int index = 0; index < years.size(); index++) {
			for (double season : new double[] { 0.3, 0.7 }) {
				Instant startsAt = HistoryYears.at(years.get(index), now, season).truncatedTo(ChronoUnit.DAYS)
					.plus(Duration.ofHours(16));
				if (!startsAt.isBefore(now)) {
					continue;
				}
				OutreachPlan kind = KINDS.get((index * 2 + (season < 0.5 ? 0 : 1)) % KINDS.size());
				planned.add(new EventDetails(kind.title(), startsAt, kind.place(), kind.activities(), kind.capacity(),
						"en+es"));
			}
		}
		return planned;
	}

	private static String key(OutreachEvent event) {
		return event.title() + "@" + event.startsAt();
	}

	private static String key(EventDetails details) {
		return details.title() + "@" + details.startsAt();
	}
}
