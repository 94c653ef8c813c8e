package org.leoprotocol.complaints.web;

import java.util.List;
import java.util.Map;

/**
 * The public complaint and commendation form, empty or as the person filled it in, with a message per field that needs
 * a change. The form token makes a repeated submission (a double click, a reload) count once.
 */
public record ComplaintFormView(String formToken, String kind, String filedFor, boolean anonymous, String name,
		String representedPerson, String relationship, boolean aboutAChild, String email, String phone,
		String occurredOn, String location, String narrative, List<OfficerFields> officers,
		Map<String, String> problems) {

	public static final int OFFICER_ROWS = 3;

	/** One officer row of the form. */
	public record OfficerFields(String badgeNumber, String name, String description) {

		public static final OfficerFields EMPTY = new OfficerFields("", "", "");
	}

	public boolean hasProblems() {
		return !problems.isEmpty();
	}

	public String problem(String field) {
		return problems.get(field);
	}

	public boolean isCommendation() {
		return "COMMENDATION".equals(kind);
	}

	public boolean onBehalf() {
		return "ON_BEHALF".equals(filedFor);
	}

	/** The id of the field's message, for {@code aria-describedby}; {@code null} when the field is fine. */
	public String describedBy(String field) {
		return problems.containsKey(field) ? field + "-problem" : null;
	}
}
