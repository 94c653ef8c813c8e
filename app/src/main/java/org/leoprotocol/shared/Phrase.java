package org.leoprotocol.shared;

import org.springframework.context.MessageSourceResolvable;

/**
 * A word of Leo's vocabulary (a status, a stage, a finding) given as an argument of a message: the message names the
 * word by its key, and the reader reads it in their own language, so that a Spanish sentence never carries an English
 * status. Every message source resolves it wherever the message is said (an error page, a problem, a form's notice).
 * The words said inside a sentence have keys of their own under {@code word.}, in lower case where the language wants.
 *
 * @param key the message key of the word
 */
public record Phrase(String key) implements MessageSourceResolvable {

	/** The word for an enum constant: the key is the prefix followed by the constant's name. */
	public static Phrase of(String prefix, Enum<?> value) {
		return new Phrase(prefix + value.name());
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public String getDefaultMessage() {
		return key;
	}

	@Override
	public String toString() {
		return key;
	}
}
