package org.leoprotocol.access;

import java.time.Clock;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Outcome;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and client address towards the {@link LockoutPolicy} and records every attempt,
 * successful or not, in the audit trail (CJIS Security Policy 5.4.1.1, item 1: "successful and unsuccessful system
 * log-on attempts").
 */
@Component
class LoginAttempts {

	private final StaffAccounts accounts;
	private final LoginSourceCounters sources;
	private final AuditTrail audit;
	private final Clock clock;
	private final LockoutPolicy policy = LockoutPolicy.CJIS;

	LoginAttempts(StaffAccounts accounts, LoginSourceCounters sources, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.sources = sources;
		this.audit = audit;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		accounts.lockCounterForUpdate(username)
			.ifPresent(counter -> accounts.saveCounter(username, LoginCounter.CLEAR));
		sources.clear(username, source(event.getAuthentication()));
		audit.login(AuditAction.LOGIN, username, Outcome.SUCCESS, source(event.getAuthentication()), null);
	}

	@EventListener
	@Transactional
	public void failed(AbstractAuthenticationFailureEvent event) {
		String username = event.getAuthentication().getName();
		Sentence detail = Sentence.of("audit.detail.login.refused", event.getException().getClass().getSimpleName());
		String source = source(event.getAuthentication());
		if (event instanceof AuthenticationFailureBadCredentialsEvent) {
			LoginCounter after = policy.afterFailure(sources.lockForUpdate(username, source), clock.instant());
			sources.save(username, source, after);
			detail = policy.locks(after) ? Sentence.of("audit.detail.login.locked", after.lockedUntil())
					: Sentence.of("audit.detail.login.bad-credentials", String.valueOf(after.consecutiveFailures()));
		}
		audit.login(AuditAction.LOGIN, username, Outcome.FAILURE, source(event.getAuthentication()), detail);
	}

	@EventListener
	public void loggedOut(LogoutSuccessEvent event) {
		audit.login(AuditAction.LOGOUT, event.getAuthentication().getName(), Outcome.SUCCESS,
				source(event.getAuthentication()), null);
	}

	/** The client address an attempt came from (the proxy's forwarded one only from configured proxies). */
	static String source(Authentication authentication) {
		return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress()
				: null;
	}
}
