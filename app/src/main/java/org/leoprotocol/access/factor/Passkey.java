package org.leoprotocol.access.factor;

import java.time.Instant;

/**
 * One passkey of a staff member, as its owner sees it: its credential id (base64url), the name its owner gave it, when
 * it was added and when it last signed them in, so that an unknown or long-unused passkey stands out to be removed.
 */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {
}
