package org.leoprotocol.investigations;

import java.util.List;

import org.leoprotocol.personnel.OfficerId;

/**
 * A staff member who may be assigned cases, with the officer they are when sworn ({@code null} for a civilian
 * investigator) and the personal relations to officers they have declared.
 */
public record Investigator(String username, String displayName, OfficerId officerId, List<Relation> relations) {

	/** A declared personal relation to an officer: family, close friend, former partner, business. */
	public record Relation(OfficerId officerId, String relation) {
	}
}
