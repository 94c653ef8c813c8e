package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * The review board's page: hearings waiting for votes or a decision, with the member's vote form, and the seated
 * members. A decision needs a strict majority of the votes, and at least the board's quorum of seated members who did
 * not investigate the case must vote, so who sits on the board and the quorum are shown beside the votes.
 *
 * @param quorum the fewest votes with which the board decides (agency setting {@code leo.board.quorum})
 * @param maySeat whether the reader (COMMAND) may seat a member
 */
public record BoardView(List<HearingRow> hearings, boolean mayVote, List<String> members, int quorum, boolean maySeat,
		String problem,
		String notice) {

	/** One undecided hearing. */
	public record HearingRow(String id, String caseNumber, String purpose, String heldAt, String attendees,
			String presented,
			String tally, List<String> choices, boolean votedAlready) {
	}
}
