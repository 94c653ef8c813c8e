package org.leoprotocol.evidence.access;

/** A staff member may not see this item; the message says which rule refused, never what the item holds. */
public class AccessRefused extends RuntimeException {

	public AccessRefused(String message) {
		super(message);
	}
}
