package org.leoprotocol.personnel;

import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who reads an officer's status history and personnel actions (leave, suspension, weapon and badge surrendered, the
 * cases they cite): command and administrators, who keep them, and supervisors and investigators, whose duties review
 * conduct. A patrol officer or a review-board member reads the roster entry (name, badge, rank, unit, status) and no
 * more: least privilege (CJIS Security Policy 5.5.2).
 */
final class PersonnelHistoryPolicy {

	private static final Set<String> READERS = Set.of("ROLE_COMMAND", "ROLE_ADMIN", "ROLE_SUPERVISOR",
			"ROLE_INVESTIGATOR");

	private PersonnelHistoryPolicy() {
	}

	static boolean mayRead(Authentication reader) {
		return reader != null
				&& reader.getAuthorities().stream().map(GrantedAuthority::getAuthority).anyMatch(READERS::contains);
	}
}
