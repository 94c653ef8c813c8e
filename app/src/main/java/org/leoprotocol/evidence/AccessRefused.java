package org.leoprotocol.evidence;

/** A staff member may not see this item; the message says which rule refused, never what the item holds. */
class AccessRefused extends RuntimeException {

	AccessRefused(String message) {
		super(message);
	}
}
