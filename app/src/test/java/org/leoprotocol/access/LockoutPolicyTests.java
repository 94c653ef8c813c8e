package org.leoprotocol.access;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LockoutPolicyTests {

	private static final Instant NOW = Instant.parse("2024-03-05T09:00:00Z");

	private final LockoutPolicy policy = LockoutPolicy.CJIS;

	@Test
	void theFirstFailureCostsNoWait() {
		LoginCounter counter = policy.afterFailure(LoginCounter.CLEAR, NOW);

		assertThat(counter).isEqualTo(new LoginCounter(1, null));
		assertThat(policy.locks(counter)).isFalse();
	}

	@Test
	void theWaitDoublesBeforeTheLock() {
		assertThat(policy.waitAfter(2)).isEqualTo(Duration.ofSeconds(1));
		assertThat(policy.waitAfter(3)).isEqualTo(Duration.ofSeconds(2));
		assertThat(policy.waitAfter(4)).isEqualTo(Duration.ofSeconds(4));
	}

	@Test
	void theFifthFailureLocksForTenMinutes() {
		LoginCounter counter = failures(5, NOW);

		assertThat(counter.consecutiveFailures()).isEqualTo(5);
		assertThat(counter.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(policy.locks(counter)).isTrue();
		assertThat(counter.isLockedAt(NOW.plus(Duration.ofMinutes(10)).minusMillis(1))).isTrue();
		assertThat(counter.isLockedAt(NOW.plus(Duration.ofMinutes(10)))).isFalse();
	}

	@Test
	void everyFailureAfterALockDoublesTheNextLockUpToADay() {
		assertThat(policy.waitAfter(6)).isEqualTo(Duration.ofMinutes(20));
		assertThat(policy.waitAfter(7)).isEqualTo(Duration.ofMinutes(40));
		assertThat(policy.waitAfter(12)).isEqualTo(Duration.ofMinutes(1280));
		assertThat(policy.waitAfter(13)).isEqualTo(Duration.ofDays(1));
		assertThat(policy.waitAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofDays(1));
	}

	@Test
	void theWaitIsCountedFromTheLatestFailure() {
		Instant later = NOW.plus(Duration.ofMinutes(11));

		LoginCounter after = policy.afterFailure(failures(5, NOW), later);

		assertThat(after.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(20)));
	}

	@Test
	void aClearCounterIsNotLocked() {
		assertThat(LoginCounter.CLEAR.consecutiveFailures()).isZero();
		assertThat(LoginCounter.CLEAR.isLockedAt(NOW)).isFalse();
	}

	@Test
	void anotherPolicyUsesItsOwnLimitAndDuration() {
		LockoutPolicy strict = new LockoutPolicy(3, Duration.ofHours(1), Duration.ofHours(4));
		LoginCounter counter = LoginCounter.CLEAR;
		for (int i = 0; i < 3; i++) {
			counter = strict.afterFailure(counter, NOW);
		}

		assertThat(counter.lockedUntil()).isEqualTo(NOW.plus(Duration.ofHours(1)));
		assertThat(strict.waitAfter(10)).isEqualTo(Duration.ofHours(4));
	}

	private LoginCounter failures(int count, Instant at) {
		LoginCounter counter = LoginCounter.CLEAR;
		for (int i = 0; i < count; i++) {
			counter = policy.afterFailure(counter, at);
		}
		return counter;
	}

	@Test
	void aSourceIsCountedUnderTheHashStoredBeforeIt() {
		// Pinned with sha256sum of "login-source:" and the address: counters already kept must keep counting.
		assertThat(LoginSourceCounters.hash("203.0.113.7"))
			.isEqualTo("2d5cefb194690359e9366d17cfa8376372036743c32632e97edc70efdcf3671a");
	}
}
