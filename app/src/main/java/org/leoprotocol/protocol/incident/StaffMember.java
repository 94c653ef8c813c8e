package org.leoprotocol.protocol.incident;

import java.util.Set;

import org.leoprotocol.shared.Role;
import org.leoprotocol.personnel.OfficerId;

/**
 * Who is acting on an incident: the staff account, its roles, and the roster officer it belongs to (civilian staff have
 * none). Recorded with every step, event and decision.
 */
@org.springframework.modulith.NamedInterface("incidents")
public record StaffMember(String username, Set<Role> roles, OfficerId officer) {

	public StaffMember {
		roles = Set.copyOf(roles);
	}

	public boolean hasAny(Role... wanted) {
		for (Role role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this person may do a step that the protocol gives to {@code actingRole}; supervisors and command may do
	 * any.
	 */
	public boolean mayAct(Role actingRole) {
		return roles.contains(actingRole) || hasAny(Role.SUPERVISOR, Role.COMMAND);
	}
}
