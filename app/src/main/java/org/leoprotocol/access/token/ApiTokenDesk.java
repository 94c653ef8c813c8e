package org.leoprotocol.access.token;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.secret.SecretHash;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues, finds and revokes API tokens. A token's secret is 32 bytes from a {@link SecureRandom} (256 bits, far beyond
 * guessing), shown once to whoever asked for it and kept only as its SHA-256 hash: a hash of a secret that long needs
 * no salt or slow function (NIST SP 800-63B 5.1.1.2 asks for those only for secrets a person chooses). Every token
 * expires, at most a year after it was issued.
 */
@Service
public class ApiTokenDesk {

	/** What every secret begins with, so that secret scanners and people recognise a Leo token. */
	public static final String SECRET_PREFIX = "leo_";
	public static final int LONGEST_DAYS = 365;
	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokens tokens;
	private final AuditTrail audit;
	private final Clock clock;

	ApiTokenDesk(ApiTokens tokens, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public IssuedToken issue(NewToken request, Actor issuer) {
		String name = request.name() == null ? "" : request.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidInput("access.token.name.invalid");
		}
		if (request.days() < 1 || request.days() > LONGEST_DAYS) {
			throw new InvalidInput("access.token.days.invalid", LONGEST_DAYS);
		}
		ApiScopes.check(request.scopes());
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		ApiToken token = new ApiToken(UUID.randomUUID(), name, request.username(), request.service(),
				new TreeSet<>(request.scopes()),
				secret.substring(0, SECRET_PREFIX.length() + 6), issuer.username(), now,
				now.plus(Duration.ofDays(request.days())), null, null);
		tokens.insert(token, hash(secret));
		audit.access(AuditAction.CREATE, "access", RecordReference.of("ApiToken", token.id().toString()),
				Sentence.of("audit.detail.token.issued", name, token.username(), String.join(" ", token.scopes()),
						token.expiresAt()));
		return new IssuedToken(token, secret);
	}

	/** The token whose secret was presented, whatever its state; empty for a secret Leo never issued. */
	public Optional<ApiToken> presented(String secret) {
		return secret.startsWith(SECRET_PREFIX) ? tokens.findByHash(hash(secret)) : Optional.empty();
	}

	public void used(ApiToken token) {
		tokens.used(token.id(), clock.instant());
	}

	public Optional<ApiToken> find(UUID id) {
		return tokens.find(id);
	}

	public List<ApiToken> all() {
		return tokens.findAll();
	}

	public List<ApiToken> of(String username) {
		return tokens.findByUsername(username);
	}

	/** Revokes a token; only its holder or an administrator may. */
	@Transactional
	public void revoke(UUID id, Actor by) {
		ApiToken token = tokens.find(id).orElseThrow(() -> new UnknownRecord("access.token.unknown", id));
		if (!by.has(Role.ADMIN) && !token.username().equals(by.username())) {
			throw new NotPermitted("access.token.revoke.other");
		}
		tokens.revoke(token.id(), by.username(), clock.instant());
		audit.access(AuditAction.UPDATE, "access", RecordReference.of("ApiToken", id.toString()),
				Sentence.of("audit.detail.token.revoked", token.name()));
	}

	static String hash(String secret) {
		return SecretHash.sha256Hex(secret);
	}
}
