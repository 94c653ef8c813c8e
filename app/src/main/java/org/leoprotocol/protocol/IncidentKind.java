package org.leoprotocol.protocol;

/**
 * What kind of response an incident needs. A "found" incident starts with the person in front of staff and ends with a
 * verified release; a "missing" incident starts with a report and a search. None of them waits: a report is taken at
 * once whatever the time since the person was last seen (34 U.S.C. 41308(a)(1)).
 */
public enum IncidentKind {
	/** A child found alone, e.g. lost in a public place. */
	FOUND_CHILD,
	/** A child reported missing. */
	MISSING_CHILD,
	/** An adult found who cannot safely get home alone (dementia, disability, crisis). */
	VULNERABLE_ADULT_FOUND,
	/** An adult at risk reported missing. */
	MISSING_VULNERABLE_ADULT;

	public boolean found() {
		return this == FOUND_CHILD || this == VULNERABLE_ADULT_FOUND;
	}

	public boolean missing() {
		return !found();
	}

	public boolean child() {
		return this == FOUND_CHILD || this == MISSING_CHILD;
	}

	public String label() {
		return switch (this) {
			case FOUND_CHILD -> "Found child";
			case MISSING_CHILD -> "Missing child";
			case VULNERABLE_ADULT_FOUND -> "Vulnerable adult found";
			case MISSING_VULNERABLE_ADULT -> "Missing vulnerable adult";
		};
	}
}
