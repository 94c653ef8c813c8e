package org.leoprotocol.access.matrix;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.leoprotocol.shared.Role;

/**
 * How a staff member stands to the matrix's case and everything in it. Every one of them holds the investigator's and
 * the officer's roles, so that only the relation tells them apart: unrelated, a party to the record (the complainant is
 * his namesake), conflicted by a relation he declared to the officer under investigation, that officer himself, or the
 * investigator assigned to the case.
 */
enum Relation {

	NONE("none"), PARTY("party"), CONFLICTED("conflicted"), SUBJECT("subject"), TEAM("team");

	static final Set<Role> ROLES = Set.of(Role.INVESTIGATOR, Role.OFFICER);

	private final String column;

	Relation(String column) {
		this.column = column;
	}

	static List<String> columns() {
		return Arrays.stream(values()).map(Relation::column).toList();
	}

	String column() {
		return column;
	}

	String username() {
		return "matrix-relation-" + column;
	}
}
