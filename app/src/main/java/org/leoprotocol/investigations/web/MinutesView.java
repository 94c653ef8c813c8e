package org.leoprotocol.investigations.web;

import java.util.List;

/** The public minutes of the review board's decided hearings, redacted. */
public record MinutesView(List<Entry> hearings) {

	/** One decided hearing. */
	public record Entry(String caseNumber, String purpose, String heldAt, String attendees, String tally, String decision,
			String minutes) {
	}
}
