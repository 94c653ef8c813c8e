package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * The investigators internal affairs may assign, each with the personal relations they have declared. A declared
 * relation bars the investigator from any case against that officer; the page is where they declare one before a case
 * arrives, rather than after an assignment is refused.
 *
 * @param canRegister whether the reader (COMMAND) may register investigators
 * @param canDeclareForAnyone whether the reader (COMMAND) may record a relation for any investigator; others only for
 * themselves
 * @param self the reader's user name
 * @param problem the refusal of the last form, shown above the forms; {@code null} when none
 * @param notice the outcome of the last form; {@code null} when none
 * @param form the values the reader typed into the form that was refused, so nothing has to be typed twice
 */
public record InvestigatorsView(List<Row> investigators, boolean canRegister, boolean canDeclareForAnyone, String self,
		String problem, String notice, Form form) {

	/** One investigator; {@code badgeNumber} is empty for a civilian investigator. */
	public record Row(String username, String displayName, String badgeNumber, List<String> relations) {
	}

	/** What was typed: user name, display name, badge number, relation. */
	public record Form(String username, String displayName, String badgeNumber, String relation) {

		public static final Form EMPTY = new Form("", "", "", "");
	}
}
