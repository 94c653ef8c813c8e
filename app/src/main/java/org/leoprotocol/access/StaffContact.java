package org.leoprotocol.access;

import java.util.UUID;

/** Who a staff member is and where notices reach them; {@code email} is null when none was given. */
public record StaffContact(UUID accountId, String username, String displayName, String email, UUID officerId,
		boolean enabled) {
}
