package org.leoprotocol.personnel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * One entry of an officer's status history together with who authorised it, when a personnel action made the change
 * (administrative leave, reinstatement). The authority is kept with the action and the reason as it was typed, so each
 * reader reads the authority in their own words; a change made on the status form has no authority beyond who made it.
 * Entries recorded before the authority was kept apart still carry it, in English, at the end of their reason: the
 * history is never rewritten.
 *
 * @param reason what a person typed as the reason, word for word; {@code null} when Leo gave the whole reason
 * @param said the part of the reason Leo gave (an import, an order of a case), said in the reader's language;
 * {@code null} when a person typed it all
 * @param authorisedBy who authorised the personnel action that made the change, {@code null} when none did
 */
public record AuthorisedChange(Instant changedAt, OfficerStatus from, OfficerStatus to, String reason,
		Sentence said, String changedBy, String caseReference, String authorisedBy) {

	/** Each change with the authority of the action that made it: same officer, same moment, same new status. */
	static List<AuthorisedChange> of(List<StatusChange> changes, List<PersonnelAction> actions) {
		return changes.stream()
			.map(change -> new AuthorisedChange(change.changedAt(), change.from(), change.to(), typed(change.reason()),
					said(change.reason()), change.changedBy(), change.caseReference(), authority(change, actions)))
			.toList();
	}

	/** The reason a person typed, without the part Leo gave. */
	private static String typed(String reason) {
		return RosterImport.REASON.equals(reason) ? null : StatusReason.typed(reason);
	}

	/** The part of the reason Leo gave: an import's, or the sentence it kept on the reason's first line. */
	private static Sentence said(String reason) {
		return RosterImport.REASON.equals(reason) ? Sentence.of("personnel.history.imported")
				: StatusReason.sentence(reason).orElse(null);
	}

	private static String authority(StatusChange change, List<PersonnelAction> actions) {
		return actions.stream()
			.filter(action -> action.kind().status() == change.to()
					&& Objects.equals(action.takenAt(), change.changedAt()))
			.map(PersonnelAction::authorisedBy)
			.findFirst()
			.orElse(null);
	}
}
