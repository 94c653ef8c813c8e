package org.leoprotocol.shared.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence Leo says to a reader, given as a message key with its arguments so that the reader reads it in their own
 * language wherever it is shown: one problem of a refused import, one row error of an import report, one line of an
 * explanation. An argument may itself be a {@link org.leoprotocol.shared.Phrase} or a sentence (the place a problem was
 * found, a rule's own refusal), said in the same language; numbers that are names (a line, a limit) are given as text,
 * so no language groups their digits.
 *
 * @param key the message key of the sentence
 * @param arguments what the sentence names, in order; a missing argument is said as nothing
 */
public record Sentence(String key, List<Object> arguments) implements MessageSourceResolvable {

	public Sentence {
		arguments = List.copyOf(arguments);
	}

	public static Sentence of(String key, Object... arguments) {
		return new Sentence(key, Arrays.stream(arguments).map(argument -> argument == null ? "" : argument).toList());
	}

	/**
	 * The sentence an explained refusal says, to be said inside another sentence (where an imported record was
	 * refused).
	 */
	public static Sentence of(Explained refusal) {
		return of(refusal.messageKey(), refusal.messageArguments());
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return key;
	}

	@Override
	public String toString() {
		return key + (arguments.isEmpty() ? "" : " " + arguments);
	}
}
