package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * A case's statutory clock on its page: the first and the current deadline, every toll and extension with its reason
 * and authority, and (for command, while the case is open) the forms to toll or extend it, with the last refusal.
 */
public record DeadlineView(String tollAction, String extensionAction, String firstDue, String due, List<Change> changes,
		boolean mayChange, String problem) {

	/** One recorded toll or extension, its texts already in the reader's language. */
	public record Change(String recorded, String change, String reason, String authority, String dueAfter) {
	}
}
