package org.leoprotocol.access;

import java.time.Clock;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Refuses a password attempt, before the password is even checked, while the client address must still wait after its
 * failures for that account ({@link LockoutPolicy}); otherwise abstains so that the password check decides. The refusal
 * is a {@link LockedException}, so it is audited as a failed login like any other.
 */
class SourceLockout implements AuthenticationProvider {

	private final LoginSourceCounters counters;
	private final Clock clock;

	SourceLockout(LoginSourceCounters counters, Clock clock) {
		this.counters = counters;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication attempt) {
		LoginCounter counter = counters.find(attempt.getName(), LoginAttempts.source(attempt));
		if (counter.isLockedAt(clock.instant())) {
			throw new LockedException(
					"Too many failed sign-ins from this address; wait until " + counter.lockedUntil());
		}
		return null;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
