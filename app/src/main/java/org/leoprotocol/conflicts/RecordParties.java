package org.leoprotocol.conflicts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

	/** A decision already taken: on which record, what it was, and when. */
	record TakenAction(RecordRef record, String what, Instant at) {
	}
}
