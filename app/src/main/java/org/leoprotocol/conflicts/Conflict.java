package org.leoprotocol.conflicts;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * One reason a person may not act on a record, said as a message key with its arguments and never as a sentence, so
 * that a refusal, a case page, the API and a mail say it in their reader's language. An argument that starts with
 * {@link #PARTY} is itself a message key, the party's role in the reader's language. As a
 * {@link MessageSourceResolvable} it is the reason said to the person it concerns ("you are the complainant of this
 * record"); {@link #of} says it of them, as a record kept on the case does ("jdoe is the complainant of this record").
 */
public record Conflict(String key, List<String> arguments) implements MessageSourceResolvable {

	public static final String PARTY = "conflicts.party.";

	/**
	 * The key of a reason recorded as a sentence before reasons were kept as keys; its one argument is that sentence.
	 */
	static final String RECORDED = "conflicts.reason.recorded";

	public Conflict {
		arguments = List.copyOf(arguments);
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.stream().map(Conflict::said).toArray();
	}

	@Override
	public String getDefaultMessage() {
		return toString();
	}

	/** The reason said of the person it concerns, named first, e.g. "jdoe is in the chain of command of …". */
	public MessageSourceResolvable of(String person) {
		return new DefaultMessageSourceResolvable(new String[] { key + ".of" },
				Stream.concat(Stream.of(person), arguments.stream().map(Conflict::said)).toArray(), toString());
	}

	/** The key and its arguments, for logs and the audit trail. */
	@Override
	public String toString() {
		return key + " " + arguments;
	}

	private static Object said(String argument) {
		return argument.startsWith(PARTY) ? new DefaultMessageSourceResolvable(new String[] { argument }, null,
				argument.substring(PARTY.length()).toLowerCase(Locale.ROOT).replace('_', ' ')) : argument;
	}
}
