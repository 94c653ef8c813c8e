package org.leoprotocol.complaints;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.WrongState;

/**
 * A complaint or commendation as staff see it. The person's identity and contact stay inside Leo: no public page, event
 * or minute ever carries them.
 *
 * @param caseReference the investigation that handles the complaint, once there is one
 */
public record Complaint(ComplaintId id, String trackingCode, Kind kind, Stage stage, Submission submission,
		List<Officer> officers, Instant receivedAt, String caseReference) {

	/** An officer named in the complaint, with the roster's officer when the badge matched one. */
	public record Officer(NamedOfficer named, OfficerId officerId) {
	}

	public List<OfficerId> matchedOfficers() {
		return officers.stream().map(Officer::officerId).filter(java.util.Objects::nonNull).toList();
	}

	/**
	 * Checks a move to another public stage: never back to received, never out of a final stage, and a commendation
	 * only to the officer's record or closed.
	 */
	Stage requireMove(Stage to) {
		if (stage == Stage.CLOSED || stage == Stage.FORWARDED) {
			throw new WrongState("complaints.refused.move.ended", Phrase.of("word.complaint.", kind),
					Phrase.of("word.stage.", stage), Phrase.of("word.stage.", to));
		}
		if (to == Stage.RECEIVED) {
			throw new WrongState("complaints.refused.move.received", Phrase.of("word.complaint.", kind));
		}
		if (stage == to) {
			throw new WrongState("complaints.refused.move.same", Phrase.of("word.complaint.", kind),
					Phrase.of("word.stage.", to));
		}
		if (kind == Kind.COMMENDATION && to != Stage.FORWARDED && to != Stage.CLOSED) {
			throw new WrongState("complaints.refused.move.commendation", Phrase.of("word.stage.", to));
		}
		return to;
	}
}
