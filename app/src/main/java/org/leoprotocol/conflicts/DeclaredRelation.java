package org.leoprotocol.conflicts;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal relation a staff member declares: to an officer (by roster id) or to a member of the public (by name),
 * e.g. "father" of the child Leo Miller. Declarations are kept for good; they bar the declarer from every record that
 * person is a party to.
 */
public record DeclaredRelation(UUID id, String username, UUID officerId, String personName, String relation,
		Instant declaredAt) {

	/** Whom the relation is to, as a page shows it. */
	public String to(String officerName) {
		return personName != null ? personName : officerName;
	}
}
