package org.leoprotocol.shared.web;

/**
 * A refusal that names its sentence in the message bundles, so a page can say it in the visitor's language while the
 * exception's own message stays English for logs and API clients.
 */
public interface Explained {

	String messageKey();

	default Object[] messageArguments() {
		return new Object[0];
	}
}
