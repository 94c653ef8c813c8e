package org.leoprotocol.access.factor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.secret.SecretHash;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Second factors of local accounts: a TOTP secret in the staff member's authenticator app with ten one-time recovery
 * codes for the day the phone is lost, and passkeys ({@link Passkeys}). A code is accepted one step either side of now,
 * for clocks that drift (RFC 6238 section 5.2), and never twice. An administrator can remove all of them, with a reason
 * that is audited, so that the staff member enrols again at the next sign-in.
 */
@Component
public class SecondFactors {

	static final int RECOVERY_CODES = 10;
	private static final OneTimePasswords TOTP = OneTimePasswords.AUTHENTICATOR_APPS;

	private final TotpCredentials credentials;
	private final Passkeys passkeys;
	private final AuditTrail audit;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	SecondFactors(TotpCredentials credentials, Passkeys passkeys, AuditTrail audit, Clock clock) {
		this.credentials = credentials;
		this.passkeys = passkeys;
		this.audit = audit;
		this.clock = clock;
	}

	/** Whether the account has any second factor: an authenticator app or a passkey. */
	public boolean enrolled(String username) {
		return authenticatorApp(username) || passkeys.any(username);
	}

	/** Whether the account has an authenticator app (TOTP) with its recovery codes. */
	public boolean authenticatorApp(String username) {
		return credentials.accountId(username).flatMap(credentials::secret).isPresent();
	}

	/** A new 160-bit secret (the HMAC-SHA-1 key length RFC 4226 recommends), in base 32. */
	String newSecret() {
		byte[] key = new byte[20];
		random.nextBytes(key);
		return Base32.encode(key);
	}

	/** Checks a TOTP code, or spends a recovery code; false for a wrong, replayed or spent one. */
	@Transactional
	public boolean verify(String username, String code) {
		Optional<UUID> account = credentials.accountId(username);
		if (account.isEmpty() || code == null) {
			return false;
		}
		String given = normalised(code);
		if (given.length() == 6 && given.chars().allMatch(Character::isDigit)) {
			Optional<Long> step = credentials.secret(account.get()).flatMap(secret -> matchingStep(secret, given));
			return step.isPresent() && credentials.acceptStep(account.get(), step.get());
		}
		return given.length() == 12 && credentials.spendRecoveryCode(account.get(), hash(given), clock.instant());
	}

	/** Keeps the secret if the code shows the app has it; returns the recovery codes to show once. */
	@Transactional
	public Optional<List<String>> enrol(String username, String secret, String code) {
		UUID account = credentials.accountId(username).orElseThrow();
		Optional<Long> step = matchingStep(secret, normalised(code == null ? "" : code));
		if (step.isEmpty()) {
			return Optional.empty();
		}
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < RECOVERY_CODES; i++) {
			codes.add(recoveryCode());
		}
		credentials.enrol(account, secret, codes.stream().map(c -> hash(normalised(c))).toList(), clock.instant());
		credentials.acceptStep(account, step.get());
		audit.access(AuditAction.CREATE, "access", RecordReference.of("StaffAccount", username),
				Sentence.of("audit.detail.second-factor.totp-enrolled"));
		return Optional.of(codes);
	}

	/** An administrator removes the TOTP secret, recovery codes and passkeys of an account; the reason is audited. */
	@Transactional
	public void reset(String username, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new InvalidInput("access.secondFactor.reason.invalid");
		}
		UUID account = credentials.accountId(username)
			.orElseThrow(() -> new UnknownRecord("access.account.unknown", username));
		credentials.reset(account);
		passkeys.removeAll(username);
		audit.access(AuditAction.UPDATE, "access", RecordReference.of("StaffAccount", username),
				Sentence.of("audit.detail.second-factor.reset", reason.strip()));
	}

	private Optional<Long> matchingStep(String secret, String code) {
		byte[] key = Base32.decode(secret);
		long now = TOTP.step(clock.instant());
		for (long step = now - 1; step <= now + 1; step++) {
			if (MessageDigest.isEqual(TOTP.hotp(key, step).getBytes(StandardCharsets.US_ASCII),
					code.getBytes(StandardCharsets.US_ASCII))) {
				return Optional.of(step);
			}
		}
		return Optional.empty();
	}

	private String recoveryCode() {
		byte[] bytes = new byte[8];
		random.nextBytes(bytes);
		String code = Base32.encode(bytes).substring(0, 12);
		return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
	}

	private static String normalised(String code) {
		return code.replace(" ", "").replace("-", "").toUpperCase(Locale.ROOT);
	}

	/** A recovery code as kept: its SHA-256 in hex (the codes are base32, so UTF-8 and ASCII give the same bytes). */
	static String hash(String code) {
		return SecretHash.sha256Hex(code);
	}
}
