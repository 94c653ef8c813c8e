package org.leoprotocol.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

	private static final Instant NOW = Instant.parse("2024-03-05T09:00:00Z");

	private final LockoutPolicy policy = LockoutPolicy.CJIS;

	@Test
	void fourFailuresDoNotLock() {
		LoginCounter counter = failures(4, NOW);

		assertThat(counter.consecutiveFailures()).isEqualTo(4);
		assertThat(counter.lockedUntil()).isNull();
		assertThat(counter.isLockedAt(NOW)).isFalse();
	}

	@Test
	void theFifthFailureLocksForTenMinutes() {
		LoginCounter counter = failures(5, NOW);

		assertThat(counter.consecutiveFailures()).isEqualTo(5);
		assertThat(counter.lockedUntil()).isEqualTo(NOW.plus(Duration.ofMinutes(10)));
		assertThat(counter.isLockedAt(NOW)).isTrue();
		assertThat(counter.isLockedAt(NOW.plus(Duration.ofMinutes(10)).minusMillis(1))).isTrue();
	}

	@Test
	void theLockEndsExactlyTenMinutesLater() {
		LoginCounter counter = failures(5, NOW);
		Instant end = NOW.plus(Duration.ofMinutes(10));

		assertThat(counter.isLockedAt(end)).isFalse();
		assertThat(counter.lockExpiredAt(end)).isTrue();
		assertThat(counter.lockExpiredAt(end.minusMillis(1))).isFalse();
	}

	@Test
	void aFailureWhileLockedKeepsTheAccountLocked() {
		LoginCounter locked = failures(5, NOW);
		Instant later = NOW.plus(Duration.ofMinutes(3));

		LoginCounter after = policy.afterFailure(locked, later);

		assertThat(after.consecutiveFailures()).isEqualTo(6);
		assertThat(after.isLockedAt(later)).isTrue();
		assertThat(after.isLockedAt(locked.lockedUntil().minusMillis(1))).isTrue();
	}

	@Test
	void aFailureWhileLockedRestartsTheTenMinutes() {
		Instant later = NOW.plus(Duration.ofMinutes(3));

		LoginCounter after = policy.afterFailure(failures(5, NOW), later);

		assertThat(after.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(10)));
	}

	@Test
	void afterTheLockExpiresTheCountRestartsAtOne() {
		Instant afterLock = NOW.plus(Duration.ofMinutes(11));

		LoginCounter after = policy.afterFailure(failures(5, NOW), afterLock);

		assertThat(after.consecutiveFailures()).isEqualTo(1);
		assertThat(after.lockedUntil()).isNull();
		assertThat(after.isLockedAt(afterLock)).isFalse();
	}

	@Test
	void aFailureAtTheMomentTheLockEndsRestartsTheCount() {
		LoginCounter after = policy.afterFailure(failures(5, NOW), NOW.plus(Duration.ofMinutes(10)));

		assertThat(after).isEqualTo(new LoginCounter(1, null));
	}

	@Test
	void fiveMoreFailuresAfterAnExpiredLockLockAgain() {
		LoginCounter counter = failures(5, NOW);
		Instant afterLock = NOW.plus(Duration.ofMinutes(20));
		for (int i = 0; i < 5; i++) {
			counter = policy.afterFailure(counter, afterLock);
		}

		assertThat(counter.consecutiveFailures()).isEqualTo(5);
		assertThat(counter.lockedUntil()).isEqualTo(afterLock.plus(Duration.ofMinutes(10)));
	}

	@Test
	void aClearCounterIsNotLocked() {
		assertThat(LoginCounter.CLEAR.consecutiveFailures()).isZero();
		assertThat(LoginCounter.CLEAR.isLockedAt(NOW)).isFalse();
		assertThat(LoginCounter.CLEAR.lockExpiredAt(NOW)).isFalse();
	}

	@Test
	void anotherPolicyUsesItsOwnLimitAndDuration() {
		LockoutPolicy strict = new LockoutPolicy(3, Duration.ofHours(1));
		LoginCounter counter = LoginCounter.CLEAR;
		for (int i = 0; i < 3; i++) {
			counter = strict.afterFailure(counter, NOW);
		}

		assertThat(counter.lockedUntil()).isEqualTo(NOW.plus(Duration.ofHours(1)));
	}

	private LoginCounter failures(int count, Instant at) {
		LoginCounter counter = LoginCounter.CLEAR;
		for (int i = 0; i < count; i++) {
			counter = policy.afterFailure(counter, at);
		}
		return counter;
	}
}
