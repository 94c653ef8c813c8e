package org.leoprotocol.investigations.web;

import java.util.List;

/** The review board's page: hearings waiting for votes or a decision, with the member's vote form. */
public record BoardView(List<HearingRow> hearings, boolean mayVote, String problem, String notice) {

	/** One undecided hearing. */
	public record HearingRow(String id, String caseNumber, String purpose, String heldAt, String attendees, String presented,
			String tally, List<String> choices, boolean votedAlready) {
	}
}
