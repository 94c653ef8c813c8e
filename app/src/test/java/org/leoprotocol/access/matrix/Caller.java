package org.leoprotocol.access.matrix;

import java.util.Set;

import org.leoprotocol.shared.Role;

/**
 * Who asks: nobody signed in, or a staff member holding the roles of one of the demo department's accounts (the chief
 * and the deputy chief are command, the watch commander is command and a supervisor, and so on).
 */
enum Caller {

	ANONYMOUS("anonymous"),
	CHIEF("chief", Role.COMMAND),
	DEPUTY("deputy", Role.COMMAND),
	WATCH("watch", Role.COMMAND, Role.SUPERVISOR),
	SERGEANT("sergeant", Role.SUPERVISOR),
	INVESTIGATOR("investigator", Role.INVESTIGATOR),
	BOARD("board", Role.REVIEW_BOARD),
	OFFICER("officer", Role.OFFICER),
	ADMIN("admin", Role.ADMIN);

	private final String column;
	@SuppressWarnings("ImmutableEnumChecker") // an unmodifiable Set.of; the check knows only Guava's immutable types
	private final Set<Role> roles;

	Caller(String column, Role... roles) {
		this.column = column;
		this.roles = Set.of(roles);
	}

	static java.util.List<String> columns() {
		return java.util.Arrays.stream(values()).map(Caller::column).toList();
	}

	String column() {
		return column;
	}

	Set<Role> roles() {
		return roles;
	}

	String username() {
		return "matrix-" + column;
	}

	boolean signedIn() {
		return this != ANONYMOUS;
	}
}
