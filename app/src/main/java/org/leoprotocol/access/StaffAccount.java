package org.leoprotocol.access;

import java.util.Set;
import java.util.UUID;

import org.leoprotocol.shared.Role;

/**
 * A person who signs in to Leo. Linked to an officer of the roster when the person is sworn staff; civilians (review
 * board members, administrators) have none.
 */
record StaffAccount(UUID id, String username, String displayName, UUID officerId, boolean enabled,
		LoginCounter loginCounter, Set<Role> roles) {
}
