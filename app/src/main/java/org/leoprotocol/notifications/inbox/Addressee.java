package org.leoprotocol.notifications.inbox;

import java.util.UUID;

/**
 * Whom a notice actually reaches: the staff account ({@code null} when the officer it was meant for has none) and the
 * officer it was addressed to, if any.
 */
public record Addressee(UUID accountId, UUID officerId) {

	public boolean reachable() {
		return accountId != null;
	}
}
