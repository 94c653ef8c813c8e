package org.leoprotocol.evidence.access;

import org.leoprotocol.shared.NotPermitted;

/** A staff member may not see this item; the message says which rule refused, never what the item holds. */
public class AccessRefused extends NotPermitted {

	private static final long serialVersionUID = 1L;

	public AccessRefused(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}
}
