package org.leoprotocol.protocol.web;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A sentence of the incident pages as a message key with its arguments, said in the reader's language by the page
 * ({@code chrome.t(said.key(), said.getArguments())}) or, as the argument of another sentence, by the message source
 * itself. An argument may be a word ({@link org.leoprotocol.shared.Phrase}) or a sentence of its own.
 */
public final class Said extends DefaultMessageSourceResolvable {

	private static final long serialVersionUID = 1L;

	private Said(String key, Object[] arguments) {
		super(new String[] { key }, arguments, key);
	}

	/** The sentence {@code key} naming {@code arguments}: times, people, words and sentences. */
	public static Said of(String key, Object... arguments) {
		return new Said(key, arguments.clone());
	}

	/** The message key of the sentence. */
	public String key() {
		return getCode();
	}
}
