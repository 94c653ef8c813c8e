package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * The public minutes of the review board's decided hearings, redacted. Purpose, decision and vote choices are message
 * keys; the attendees' roles and the minutes are the board's own words and stay as written.
 */
public record MinutesView(List<Entry> hearings) {

	/** One decided hearing. */
	public record Entry(String caseNumber, String purpose, String heldAt, String attendees, List<Votes> tally,
			boolean unanimous, String decision, String minutes) {
	}

	/** How many members voted for one choice. */
	public record Votes(long count, String choice) {
	}
}
