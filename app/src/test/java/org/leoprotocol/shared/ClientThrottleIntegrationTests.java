package org.leoprotocol.shared;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.shared.TooManyRequests;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@LeoIntegrationTest
class ClientThrottleIntegrationTests {

	@Autowired
	ClientThrottle throttle;
	@Autowired
	MutableClock clock;
	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void realTime() {
		clock.resetToSystemTime();
	}

	@Test
	void anAddressIsKeptUnderTheHashStoredBeforeIt() {
		// Pinned with sha256sum of "client:" and the address: buckets already kept must keep their tokens.
		assertThat(ClientThrottle.bucket("complaint", "203.0.113.7"))
			.isEqualTo("complaint:0002573c0b15cc9b58532b76060167d7ea3174fe08ad457ce4fbdffd9f15b6ff");
	}

	@Test
	void anOrdinaryBucketIsTakenFromTheDatabaseOneTokenAtATime() {
		clock.set(clock.instant());
		for (int i = 0; i < 3; i++) {
			throttle.take("TEST-ORDINARY", "198.51.100.201", 3);
			assertThat(tokensLeft("TEST-ORDINARY")).isEqualTo(2 - i);
		}
		assertThatExceptionOfType(TooManyRequests.class)
			.isThrownBy(() -> throttle.take("TEST-ORDINARY", "198.51.100.201", 3))
			.satisfies(refused -> assertThat(refused.retryAfterSeconds()).isEqualTo(1200));
	}

	@Test
	void aBusyBucketLeasesASecondsRefillAndServesItFromMemory() {
		clock.set(clock.instant());
		int perHour = 3600 * 40;
		throttle.take("TEST-BUSY", "198.51.100.202", perHour);
		assertThat(tokensLeft("TEST-BUSY")).isEqualTo(perHour - 40);
		for (int i = 0; i < 39; i++) {
			throttle.take("TEST-BUSY", "198.51.100.202", perHour);
		}
		assertThat(tokensLeft("TEST-BUSY")).as("39 tokens handed out from the lease").isEqualTo(perHour - 40);
		throttle.take("TEST-BUSY", "198.51.100.202", perHour);
		assertThat(tokensLeft("TEST-BUSY")).isEqualTo(perHour - 80);
	}

	@Test
	void whatALeaseHoldsIsDroppedAfterASecond() {
		clock.set(clock.instant());
		int perHour = 3600 * 10;
		throttle.take("TEST-LAPSED", "198.51.100.203", perHour);
		clock.advance(Duration.ofMillis(1001));
		throttle.take("TEST-LAPSED", "198.51.100.203", perHour);
		assertThat(tokensLeft("TEST-LAPSED")).as("9 lapsed tokens are not returned; 10 refilled in the second")
			.isEqualTo(perHour - 10);
	}

	private double tokensLeft(String purpose) {
		return jdbc.sql("select tokens from intake_throttle where bucket like :purpose")
			.param("purpose", purpose + ":%")
			.query(Double.class).single();
	}
}
