package org.leoprotocol.complaints;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.personnel.OfficerId;

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
			throw new IllegalStateException(
					"This " + kind.label().toLowerCase(Locale.ROOT) + " is " + stage.label().toLowerCase(Locale.ROOT)
							+ "; it cannot move to " + to.label().toLowerCase(Locale.ROOT));
		}
		if (to == Stage.RECEIVED) {
			throw new IllegalStateException(
					"A " + kind.label().toLowerCase(Locale.ROOT) + " is received once; it cannot go back to received");
		}
		if (stage == to) {
			throw new IllegalStateException(
					"This " + kind.label().toLowerCase(Locale.ROOT) + " is already "
							+ to.label().toLowerCase(Locale.ROOT));
		}
		if (kind == Kind.COMMENDATION && to != Stage.FORWARDED && to != Stage.CLOSED) {
			throw new IllegalStateException(
					"A commendation is forwarded to the officer's record or closed, not "
							+ to.label().toLowerCase(Locale.ROOT));
		}
		return to;
	}
}
