package org.leoprotocol.access;

import org.leoprotocol.access.session.StaffSessions;
import org.leoprotocol.access.signin.SignIn;
import org.leoprotocol.access.signin.SignInPolicy;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.OfficerStatusChanged;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Applies the {@link SignInPolicy} when an officer's status changes: signs the officer's accounts out everywhere when
 * the new status allows no sign-in, and disables them when it ends the career. The event is delivered once per change
 * through the event publication registry, so it takes effect whichever node made the change.
 */
@Component
class OfficerStatusListener {

	private final StaffAccounts accounts;
	private final StaffSessions sessions;
	private final SignInPolicy policy;
	private final AuditTrail audit;

	OfficerStatusListener(StaffAccounts accounts, StaffSessions sessions, SignInPolicy policy, AuditTrail audit) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.policy = policy;
		this.audit = audit;
	}

	@ApplicationModuleListener
	void on(OfficerStatusChanged changed) {
		SignIn signIn = policy.of(changed.to());
		for (StaffAccount account : accounts.findByOfficer(changed.officerId().value())) {
			if (signIn == SignIn.DISABLED) {
				accounts.setEnabled(account.id(), false);
			}
			int ended = signIn.allowed() ? 0 : sessions.endAllOf(account.username());
			audit.access(AuditAction.UPDATE, "access", RecordReference.of("StaffAccount", account.username()),
					Sentence.of("audit.detail.account.officer-status", changed.to(), signIn, String.valueOf(ended)));
		}
	}
}
