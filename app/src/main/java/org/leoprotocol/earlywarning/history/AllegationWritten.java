package org.leoprotocol.earlywarning.history;

/** What storing an allegation did: created it, changed a stored one, or found it stored with the same values. */
enum AllegationWritten {
	CREATED, CHANGED, UNCHANGED
}
