package org.leoprotocol.investigations.cases;

import org.leoprotocol.shared.InvalidInput;

/** A case search that cannot run as typed (a date that is not one, a range that ends before it starts): 400. */
class CaseSearchRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	CaseSearchRefused(String key, Object... arguments) {
		super(key, arguments);
	}
}
