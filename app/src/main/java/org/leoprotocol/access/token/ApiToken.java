package org.leoprotocol.access.token;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * A token as Leo keeps it: never the secret itself, only its SHA-256 hash (elsewhere) and its first characters, so that
 * its holder can recognise it in a list.
 *
 * @param username the staff account the token acts as; for a service, the account an administrator made for it
 * @param service whether an administrator issued it for a named service rather than its holder for themselves
 */
public record ApiToken(UUID id, String name, String username, boolean service, Set<String> scopes, String prefix,
		String createdBy, Instant createdAt, Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

	/** Why a presented token is refused at {@code now}; null when it may be used. */
	public String refusalAt(Instant now) {
		if (revokedAt != null) {
			return "revoked";
		}
		return expiresAt.isAfter(now) ? null : "expired";
	}

	public boolean allows(String scope) {
		return scopes.contains(scope);
	}
}
