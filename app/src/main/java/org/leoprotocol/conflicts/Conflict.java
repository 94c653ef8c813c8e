package org.leoprotocol.conflicts;

import java.util.List;

/**
 * One reason a person may not act on a record: a message key, its arguments, and the English sentence for logs. An
 * argument that starts with {@link #PARTY} is itself a message key, the party's role in the reader's language.
 */
public record Conflict(String key, List<String> arguments, String english) {

	public static final String PARTY = "conflicts.party.";

	public Conflict {
		arguments = List.copyOf(arguments);
	}
}
