package org.leoprotocol.complaints;

/**
 * An officer as the public names one: by badge number, by name, or by a description ("tall, red cap, patrol car 12").
 * All three may be empty: the officer is unknown, and the time and place of the encounter must then say who.
 */
public record NamedOfficer(String badgeNumber, String name, String description) {

	public NamedOfficer {
		badgeNumber = Submission.clean(badgeNumber);
		name = Submission.clean(name);
		description = Submission.clean(description);
	}

	public boolean hasBadgeOrName() {
		return badgeNumber != null || name != null;
	}

	public boolean blank() {
		return badgeNumber == null && name == null && description == null;
	}
}
