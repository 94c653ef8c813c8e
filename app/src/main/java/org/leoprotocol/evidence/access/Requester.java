package org.leoprotocol.evidence.access;

import java.util.Set;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Role;

/** Who asks for evidence: the staff user, their roles, and the roster officer they are, if sworn. */
public record Requester(String username, Set<Role> roles, OfficerId officer) {

	public boolean has(Role role) {
		return roles.contains(role);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}
}
