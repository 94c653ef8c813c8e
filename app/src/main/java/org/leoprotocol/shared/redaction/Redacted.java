package org.leoprotocol.shared.redaction;

import java.util.List;

/** A text as it may be published, and what was removed from it. */
public record Redacted(String text, List<Removal> removals) {

	public Redacted {
		removals = List.copyOf(removals);
	}

	public boolean changed() {
		return !removals.isEmpty();
	}
}
