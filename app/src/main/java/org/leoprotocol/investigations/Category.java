package org.leoprotocol.investigations;

/**
 * The kind of misconduct an allegation names. The first four are the FADO categories of the New York City Civilian
 * Complaint Review Board (Force, Abuse of authority, Discourtesy, Offensive language); the others cover what Leo's
 * scenarios need: duty neglected, Leo's Protocol broken, a report not taken, an investigation obstructed.
 */
public enum Category {
	FORCE("Use of force"),
	ABUSE_OF_AUTHORITY("Abuse of authority"),
	DISCOURTESY("Discourtesy"),
	OFFENSIVE_LANGUAGE("Offensive language"),
	UNTRUTHFUL_STATEMENT("Untruthful statement"),
	NEGLECT_OF_DUTY("Neglect of duty"),
	PROTOCOL_VIOLATION("Violation of Leo's Protocol"),
	FAILURE_TO_TAKE_REPORT("Failure to take a report"),
	INTERFERENCE_WITH_INVESTIGATION("Interference with an investigation"),
	CONDUCT_UNBECOMING("Conduct unbecoming");

	private final String label;

	Category(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
