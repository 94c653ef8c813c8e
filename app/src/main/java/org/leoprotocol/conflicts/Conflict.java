package org.leoprotocol.conflicts;

import java.util.List;

/** One reason a person may not act on a record: a message key, its arguments, and the English sentence for logs. */
public record Conflict(String key, List<String> arguments, String english) {

	public Conflict {
		arguments = List.copyOf(arguments);
	}
}
