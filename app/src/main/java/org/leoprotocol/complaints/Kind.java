package org.leoprotocol.complaints;

/** What a member of the public files: a complaint about conduct, or a commendation of it. */
public enum Kind {
	/** A report of conduct the person believes was wrong; it is triaged and may become an investigation. */
	COMPLAINT,
	/** Praise of an officer's conduct; it is forwarded to the officer's record. */
	COMMENDATION;

	public String label() {
		return this == COMPLAINT ? "Complaint" : "Commendation";
	}
}
