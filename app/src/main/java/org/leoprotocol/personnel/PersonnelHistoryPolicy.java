package org.leoprotocol.personnel;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

/**
 * Who reads an officer's status history and personnel actions (leave, suspension, weapon and badge surrendered, the
 * cases they cite): command and administrators, who keep them, and supervisors and investigators, whose duties review
 * conduct. A patrol officer or a review-board member reads the roster entry (name, badge, rank, unit, status) and no
 * more: least privilege (CJIS Security Policy 5.5.2).
 */
final class PersonnelHistoryPolicy {

	private PersonnelHistoryPolicy() {
	}

	static boolean mayRead(Actor reader) {
		return reader != null && reader.hasAny(Role.COMMAND, Role.ADMIN, Role.SUPERVISOR, Role.INVESTIGATOR);
	}
}
