package org.leoprotocol.investigations.separation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The review board's quorum: the fewest seated members, none of them recused, with which it may vote and decide (an
 * agency setting, {@code leo.board.quorum}, 3 by default). "Unanimous" is never said of fewer votes.
 */
@Component
public class QuorumPolicy {

	private final int quorum;

	QuorumPolicy(@Value("${leo.board.quorum:3}") int quorum) {
		if (quorum < 1) {
			throw new IllegalArgumentException("leo.board.quorum must be at least 1, not " + quorum);
		}
		this.quorum = quorum;
	}

	public int quorum() {
		return quorum;
	}

	/** Refuses a vote unless at least the quorum of seated members may vote on the case. */
	public void requireMembers(long eligible) {
		if (eligible < quorum) {
			throw SeparationRefused.tooFewMembers(eligible, quorum);
		}
	}

	/** Refuses a decision unless at least the quorum has voted. */
	public void requireVotes(int votes) {
		if (votes < quorum) {
			throw SeparationRefused.tooFewVotes(votes, quorum);
		}
	}

	public boolean unanimous(boolean allAgree, int votes) {
		return allAgree && votes >= quorum;
	}
}
