package org.leoprotocol.access;

import java.util.Set;
import java.util.UUID;

import org.leoprotocol.shared.Role;

/**
 * A staff account as administrators see it in the list of accounts: who it is, the officer on the roster it is linked
 * to ({@code null} for civilian staff), its roles, and whether it is locked out after failed sign-ins or disabled.
 */
public record StaffAccountSummary(String username, String displayName, UUID officerId, Set<Role> roles, boolean locked,
		boolean enabled) {
}
