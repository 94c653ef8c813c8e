package org.leoprotocol.notifications.delivery;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetryPolicyTests {

	static final Instant FAILED = Instant.parse("2026-12-05T09:00:00Z");
	final RetryPolicy policy = new RetryPolicy(Duration.ofSeconds(2), Duration.ofMinutes(15), 12);

	@Test
	void waitsTwiceAsLongAfterEachFailedAttempt() {
		assertThat(policy.next(1, FAILED)).contains(FAILED.plusSeconds(2));
		assertThat(policy.next(2, FAILED)).contains(FAILED.plusSeconds(4));
		assertThat(policy.next(5, FAILED)).contains(FAILED.plusSeconds(32));
	}

	@Test
	void neverWaitsLongerThanTheLongestWait() {
		assertThat(policy.next(11, FAILED)).contains(FAILED.plus(Duration.ofMinutes(15)));
	}

	@Test
	void givesUpAfterTheLastAttempt() {
		assertThat(policy.next(12, FAILED)).isEmpty();
	}
}
