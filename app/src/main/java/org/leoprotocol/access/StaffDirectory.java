package org.leoprotocol.access;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts and sets their passwords. Passwords are stored only as Argon2id hashes and must be at
 * least {@value PasswordRule#MINIMUM_LENGTH} characters long.
 */
@Service
public class StaffDirectory {

	private final StaffAccounts accounts;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;

	StaffDirectory(StaffAccounts accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock) {
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/** Creates an account unless one with that user name exists; returns the account's id either way. */
	@Transactional
	public UUID ensureAccount(NewStaffAccount request) {
		Optional<StaffAccount> existing = accounts.findByUsername(request.username());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		PasswordRule.check(request.password());
		StaffAccount account = new StaffAccount(UUID.randomUUID(), request.username(), request.displayName(),
				request.officerId(), true, LoginCounter.CLEAR, EnumSet.copyOf(request.roles()));
		accounts.insert(account, clock.instant());
		accounts.savePassword(account.id(), passwords.encode(request.password()), clock.instant());
		audit.access(AuditAction.CREATE, "access", RecordReference.of("StaffAccount", account.username()),
				"roles " + request.roles());
		return account.id();
	}

	/** Sets a new password; used when (re)issuing demo credentials and by administrators. */
	@Transactional
	public void setPassword(String username, String password) {
		PasswordRule.check(password);
		StaffAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new IllegalArgumentException("No staff account named " + username));
		accounts.savePassword(account.id(), passwords.encode(password), clock.instant());
		accounts.saveCounter(username, LoginCounter.CLEAR);
		audit.access(AuditAction.UPDATE, "access", RecordReference.of("StaffAccount", username), "password set");
	}

	/** A fresh random password that satisfies the rule, for first-start and demo credentials. */
	public static String generatePassword() {
		return PasswordRule.generate();
	}

	/** The roster officer a sworn staff member's account belongs to; empty for civilians and unknown names. */
	public Optional<UUID> officerOf(String username) {
		return accounts.findByUsername(username).map(StaffAccount::officerId);
	}

	public boolean anyAccountWithRole(Role role) {
		return accounts.hasAccountWithRole(role);
	}

	/** What it takes to open an account. */
	public record NewStaffAccount(String username, String displayName, UUID officerId, Set<Role> roles, String password) {
	}
}
