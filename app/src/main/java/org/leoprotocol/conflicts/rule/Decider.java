package org.leoprotocol.conflicts.rule;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.conflicts.DeclaredRelation;

/**
 * The person who would act: their user name, the roster officer they are when sworn (with their name and unit), and the
 * relations they declared.
 */
public record Decider(String username, UUID officerId, String fullName, UUID unitId, List<DeclaredRelation> relations) {

	public Decider {
		relations = List.copyOf(relations);
	}
}
