package org.leoprotocol.access;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates staff accounts and sets their passwords. Passwords are stored only as Argon2id hashes and must be at least
 * {@value PasswordRule#MINIMUM_LENGTH} characters long.
 */
@Service
public class StaffDirectory {

	private final StaffAccounts accounts;
	private final PasswordEncoder passwords;
	private final AuditTrail audit;
	private final Clock clock;
	private final DutyRoster duty;
	private final LoginSourceCounters sources;

	StaffDirectory(StaffAccounts accounts, PasswordEncoder passwords, AuditTrail audit, Clock clock, DutyRoster duty,
			LoginSourceCounters sources) {
		this.sources = sources;
		this.duty = duty;
		this.accounts = accounts;
		this.passwords = passwords;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Creates an account unless one with that user name exists; returns the account's id either way. An account for an
	 * officer who is not on active duty is refused.
	 */
	@Transactional
	public UUID ensureAccount(NewStaffAccount request) {
		Optional<StaffAccount> existing = accounts.findByUsername(request.username());
		if (existing.isPresent()) {
			return existing.get().id();
		}
		if (request.officerId() != null) {
			duty.requireAvailable(new OfficerId(request.officerId()));
		}
		PasswordRule.check(request.password());
		StaffAccount account = new StaffAccount(UUID.randomUUID(), request.username(), request.displayName(),
				request.officerId(), true, LoginCounter.CLEAR, EnumSet.copyOf(request.roles()));
		accounts.insert(account, clock.instant());
		accounts.savePassword(account.id(), passwords.encode(request.password()), clock.instant());
		audit.access(AuditAction.CREATE, "access", RecordReference.of("StaffAccount", account.username()),
				Sentence.of("audit.detail.account.roles", request.roles()));
		return account.id();
	}

	/** Sets a new password; used when (re)issuing demo credentials and by administrators. */
	@Transactional
	public void setPassword(String username, String password) {
		PasswordRule.check(password);
		StaffAccount account = accounts.findByUsername(username)
			.orElseThrow(() -> new UnknownRecord("access.account.unknown", username));
		accounts.savePassword(account.id(), passwords.encode(password), clock.instant());
		accounts.saveCounter(username, LoginCounter.CLEAR);
		audit.access(AuditAction.UPDATE, "access", RecordReference.of("StaffAccount", username),
				Sentence.of("audit.detail.account.password-set"));
	}

	public List<StaffAccountSummary> accounts() {
		return accounts.findAll().stream()
			.map(a -> new StaffAccountSummary(a.username(), a.displayName(), a.officerId(),
					a.roles(), a.loginCounter().isLockedAt(clock.instant()), a.enabled()))
			.toList();
	}

	/** Releases a locked account before its lock runs out (CJIS 5.5.3: "unless released by an administrator"). */
	@Transactional
	public void unlock(String username) {
		StaffAccount account = existing(username);
		accounts.saveCounter(account.username(), LoginCounter.CLEAR);
		sources.clearAll(account.username());
		audit.access(AuditAction.UPDATE, "access", RecordReference.of("StaffAccount", username),
				Sentence.of("audit.detail.account.unlocked"));
	}

	@Transactional
	public void setEnabled(String username, boolean enabled) {
		StaffAccount account = existing(username);
		accounts.setEnabled(account.id(), enabled);
		audit.access(AuditAction.UPDATE, "access", RecordReference.of("StaffAccount", username),
				Sentence.of(enabled ? "audit.detail.account.enabled" : "audit.detail.account.disabled"));
	}

	/** Opens an account with a generated password, returned once for the administrator to hand over. */
	@Transactional
	public String open(String username, String displayName, UUID officerId, Set<Role> roles) {
		if (username == null || !username.matches("[a-z0-9][a-z0-9._-]{1,39}")) {
			throw new InvalidInput("access.account.username.invalid");
		}
		if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
			throw new InvalidInput("access.account.name.invalid");
		}
		if (roles == null || roles.isEmpty()) {
			throw new InvalidInput("access.account.roles.missing");
		}
		if (accounts.findByUsername(username).isPresent()) {
			throw new WrongState("access.account.username.taken", username);
		}
		String password = PasswordRule.generate();
		ensureAccount(new NewStaffAccount(username, displayName.strip(), officerId, roles, password));
		return password;
	}

	/** Replaces a forgotten password with a generated one, returned once. */
	@Transactional
	public String issuePassword(String username) {
		String password = PasswordRule.generate();
		setPassword(existing(username).username(), password);
		return password;
	}

	private StaffAccount existing(String username) {
		return accounts.findByUsername(username)
			.orElseThrow(() -> new UnknownRecord("access.account.unknown", username));
	}

	/** A fresh random password that satisfies the rule, for first-start and demo credentials. */
	public static String generatePassword() {
		return PasswordRule.generate();
	}

	/** The roster officer a staff member is, when the account belongs to sworn staff; empty otherwise. */
	public Optional<UUID> officerOf(String username) {
		return username == null ? Optional.empty() : accounts.findByUsername(username).map(StaffAccount::officerId);
	}

	/** The enabled accounts holding a role, e.g. command staff to be told of a civilian investigator's deadline. */
	public List<UUID> accountsWithRole(Role role) {
		return accounts.findAll().stream().filter(a -> a.enabled() && a.roles().contains(role)).map(StaffAccount::id)
			.toList();
	}

	public boolean anyAccountWithRole(Role role) {
		return accounts.hasAccountWithRole(role);
	}

	/** How to reach a staff member, by account id; empty for an unknown id. */
	public Optional<StaffContact> contact(UUID accountId) {
		return accountId == null ? Optional.empty() : accounts.contact("id", accountId);
	}

	/** How to reach the staff member signed in under this user name; empty for an unknown name. */
	public Optional<StaffContact> contactOf(String username) {
		return username == null ? Optional.empty() : accounts.contact("username", username);
	}

	/** The staff account linked to a roster officer (an enabled one first); empty when the officer has none. */
	public Optional<UUID> accountOfOfficer(UUID officerId) {
		return accounts.accountOfOfficer(officerId);
	}

	/** Sets or clears (blank) the address Leo mails a staff member's notices to. */
	@Transactional
	public void setEmail(String username, String email) {
		String address = email == null || email.isBlank() ? null : email.strip();
		if (address != null && !address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInput("access.account.email.invalid", address);
		}
		accounts.setEmail(existing(username).id(), address);
		audit.access(AuditAction.UPDATE, "access", RecordReference.of("StaffAccount", username),
				Sentence.of("audit.detail.account.email-set"));
	}

	/** What it takes to open an account. */
	public record NewStaffAccount(String username, String displayName, UUID officerId, Set<Role> roles,
			String password) {
	}
}
