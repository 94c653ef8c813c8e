package org.leoprotocol.transparency.officer;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.transparency.PolicyField;
import org.leoprotocol.transparency.PolicyMode;
import org.leoprotocol.transparency.Pseudonyms;

/**
 * One public officer page as the policy allows it now: its key, whose it is, the mode its fields are published under,
 * the fields it shows, the label it shows the officer by and when its records last changed.
 * <p>
 * A page only ever combines fields published under the same mode. The fields published by name share one page, keyed in
 * the context {@link #NAMED}; each field published by pseudonym has a page of its own, keyed in the field's context.
 * Combining a pseudonymous field with a named one would tie the pseudonym to the name at once; combining two
 * pseudonymous fields would do it later: when the agency moves one of them to names, anyone who kept the old page could
 * match that field's numbers to the named page and so unmask the other field too. A {@link PolicyMode#HIDDEN} field is
 * on no page. The keys are HMACs under the installation secret in separate contexts ({@link Pseudonyms#pageKey}), so
 * one key tells nothing about another (Lucy Parsons Labs' OpenOversight and the Citizens Police Data Project publish
 * named pages; an agency that publishes pseudonyms must not have them undone).
 */
public record OfficerPage(String key, UUID officerId, PolicyMode mode, List<PolicyField> fields, String label,
		Instant updatedAt) {

	/** The key context of the page of the fields published by name. */
	static final String NAMED = "NAME";

	boolean shows(PolicyField field) {
		return fields.contains(field);
	}
}
