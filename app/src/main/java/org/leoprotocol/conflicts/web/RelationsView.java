package org.leoprotocol.conflicts.web;

import java.util.List;

/**
 * The reader's declared relations and the form to declare one.
 *
 * @param relations one line per relation: the relation and whom it is to
 * @param problem the refusal of the last form, {@code null} when none
 * @param notice the outcome of the last form, {@code null} when none
 * @param form what was typed into a refused form
 */
public record RelationsView(List<Row> relations, String problem, String notice, Form form) {

	public static final String ROUTE = "/staff/conflicts";

	/** A relation and whom it is to (an officer with badge, or a member of the public). */
	public record Row(String relation, String to, String declaredOn) {
	}

	/** What was typed: badge number or person's name, and the relation. */
	public record Form(String badgeNumber, String personName, String relation) {

		public static final Form EMPTY = new Form("", "", "");
	}
}
