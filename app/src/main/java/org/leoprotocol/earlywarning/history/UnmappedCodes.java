package org.leoprotocol.earlywarning.history;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.Finding;

/** What becomes of a finding or category code that no vocabulary line names. */
enum UnmappedCodes {
	/** Format 1: the row is rejected for an unknown finding; an unknown category is {@link Category#OTHER}. */
	ROW,
	/** The whole import is refused, with every such code, its count and first line. */
	REFUSE,
	/** Stored as {@link Category#OTHER} or {@link Finding#CLOSED_NO_FINDING}, the code kept, and reported. */
	OTHER
}
