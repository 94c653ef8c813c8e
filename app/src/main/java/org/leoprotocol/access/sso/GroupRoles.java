package org.leoprotocol.access.sso;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.leoprotocol.shared.Role;

/**
 * The agency's mapping from the identity provider's group names to Leo's roles, set as
 * {@code leo.access.sso.roles[GROUP]=ROLE,ROLE}. A group the mapping does not name grants nothing, and a role name that
 * is not a Leo role is refused when the mapping is read, so a typing mistake cannot pass unnoticed.
 */
record GroupRoles(Map<String, Set<Role>> byGroup) {

	static GroupRoles parse(Map<String, String> mapping) {
		Map<String, Set<Role>> byGroup = new java.util.HashMap<>();
		mapping.forEach((group, roles) -> {
			Set<Role> parsed = EnumSet.noneOf(Role.class);
			for (String role : roles.split(",", -1)) {
				if (!role.isBlank()) {
					try {
						parsed.add(Role.valueOf(role.strip().toUpperCase(Locale.ROOT)));
					}
					catch (IllegalArgumentException e) {
						throw new IllegalArgumentException(
								"leo.access.sso.roles[" + group + "]: '" + role.strip() + "' is not a Leo role");
					}
				}
			}
			byGroup.put(group, parsed);
		});
		return new GroupRoles(Map.copyOf(byGroup));
	}

	Set<Role> rolesOf(Collection<String> groups) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String group : groups) {
			roles.addAll(byGroup.getOrDefault(group, Set.of()));
		}
		return roles;
	}
}
