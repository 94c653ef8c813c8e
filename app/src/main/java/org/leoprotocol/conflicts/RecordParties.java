package org.leoprotocol.conflicts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * What a module tells the conflict policy about its records (the upstream module owns the interface it needs): who the
 * parties of a record are, and which decisions a staff member has already taken, so that a relation declared late flags
 * them for review.
 */
public interface RecordParties {

	/** The parties of the record, when this module keeps it. */
	Optional<Parties> partiesOf(RecordRef record);

	/** The decisions this staff member took on this module's records, for a review after a late declaration. */
	default List<TakenAction> actionsBy(String username) {
		return List.of();
	}

	/**
	 * A decision already taken: on which record, what it was, and when. What it was is one of the acts the conflict
	 * policy names ({@code conflicts.act.<act>} in its bundles: "final finding", "hearing recorded", "decision"), with
	 * the one code it concerns (the finding, the decision, the personnel action), so a case page says it in its
	 * reader's language.
	 */
	record TakenAction(RecordRef record, Sentence what, Instant at) {

		/** The act {@code act} concerning {@code code} (none when null), taken on the record at {@code at}. */
		public static TakenAction of(RecordRef record, String act, String code, Instant at) {
			return new TakenAction(record, code == null ? Sentence.ofText(ACTS + act)
					: Sentence.ofText(ACTS + act, code), at);
		}
	}

	/** The first part of the key of every act a taken action names. */
	String ACTS = "conflicts.act.";
}
