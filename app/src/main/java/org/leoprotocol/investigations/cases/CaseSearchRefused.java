package org.leoprotocol.investigations.cases;

import org.leoprotocol.shared.web.Explained;

/** A case search that cannot run as typed (a date that is not one, a range that ends before it starts): 400. */
class CaseSearchRefused extends IllegalArgumentException implements Explained {

	private final String key;
	private final transient Object[] arguments;

	CaseSearchRefused(String key, String english, Object... arguments) {
		super(english);
		this.key = key;
		this.arguments = arguments;
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments.clone();
	}
}
