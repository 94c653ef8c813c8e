package org.leoprotocol.complaints;

/**
 * The stages the public sees. They say where the case is, never what the evidence or the people in it are; the outcome
 * of a closed complaint is told in a note written for the person who filed it.
 */
public enum Stage {
	/** Stored and acknowledged with a tracking code. */
	RECEIVED("Received"),
	/** Read by internal affairs, who decide how it will be handled. */
	UNDER_REVIEW("Under review"),
	/** An investigation is open. */
	UNDER_INVESTIGATION("Under investigation"),
	/** The investigation is complete and its findings are being reviewed. */
	FINDINGS_IN_REVIEW("Findings in review"),
	/** Closed; the note says how. */
	CLOSED("Closed"),
	/** A commendation added to the officer's record. */
	FORWARDED("Forwarded to the officer's record");

	private final String label;

	Stage(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
