package org.leoprotocol.shared.web;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * A refusal that names its sentence in the message bundles, so a page can say it in the visitor's language while the
 * exception's own message stays English for logs and API clients.
 */
public interface Explained {

	String messageKey();

	default Object[] messageArguments() {
		return new Object[0];
	}

	/** The sentence this refusal says, to be said inside another sentence (where an imported record was refused). */
	default Sentence sentence() {
		return Sentence.of(messageKey(), messageArguments());
	}
}
