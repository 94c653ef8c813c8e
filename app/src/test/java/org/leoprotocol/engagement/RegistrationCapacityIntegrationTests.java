package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Many people reaching for the last places at the same moment: the event's row lock lets exactly as many in as the
 * capacity holds, and everyone else lands on the waiting list.
 */
@LeoIntegrationTest
class RegistrationCapacityIntegrationTests {

	@Autowired
	Engagement engagement;
	@Autowired
	EventRegistration registration;
	@Autowired
	MutableClock clock;

	@Test
	void concurrentRegistrationsNeverExceedTheCapacity() throws Exception {
		clock.set(Instant.parse("2026-09-01T10:00:00Z"));
		OutreachEvent event = engagement
			.plan(new EventDetails("Crowded open house", Instant.parse("2026-09-12T16:00:00Z"),
					"Central Precinct", "Tour", 5, "en"));
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<RegistrationStatus>> results = new ArrayList<>();
		try {
			for (int i = 0; i < 16; i++) {
				String email = "crowd-" + i + "-" + UUID.randomUUID() + "@example.org";
				results.add(pool.submit(() -> {
					start.await();
					return registration
						.register(event.id(), new RegistrationRequest("Person", email, 1, "crowd-" + UUID.randomUUID()))
						.registration().status();
				}));
			}
			start.countDown();
			List<RegistrationStatus> statuses = new ArrayList<>();
			for (Future<RegistrationStatus> result : results) {
				statuses.add(result.get());
			}
			assertThat(statuses).filteredOn(s -> s == RegistrationStatus.CONFIRMED).hasSize(5);
			assertThat(statuses).filteredOn(s -> s == RegistrationStatus.WAITING).hasSize(11);
			assertThat(engagement.placesLeft(event)).isZero();
		}
		finally {
			pool.shutdownNow();
		}
	}
}
