package org.leoprotocol.shared.phrase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence Leo says to a reader, given as a message key with its arguments so that the reader reads it in their own
 * language wherever it is shown: one problem of a refused import, one line of an incident page, why an export failed or
 * a flag was raised. A page says it with {@code chrome.t(sentence.key(), sentence.getArguments())}, the API in the
 * client's {@code Accept-Language} ({@link SentenceJson}), a mail in its recipient's. An argument may itself be a
 * {@link org.leoprotocol.shared.Phrase} or a sentence (the place a problem was found, a rule's own refusal), said in
 * the same language; numbers that are names (a line, a limit) are given as text, so no language groups their digits.
 *
 * <p>
 * A sentence kept for readers who come later is stored as one line of a column, {@code key|argument|argument}
 * ({@link #stored()}, {@link #read(String)}). Each argument is stored as its text, so <em>a stored sentence's arguments
 * read back as text</em>: a word or a sentence given as an argument comes back as the text it was, not as a word said
 * in the reader's language; a sentence meant for a column is made with {@link #ofText(String, Object...)}, so that it
 * reads back equal to itself. Inside an argument a backslash, a {@code |} and a line break are written {@code \\},
 * {@code \|} and {@code \n}, so any text survives the round trip and a column may keep several sentences, one per line.
 * Reading is lenient: a backslash before any other character, or at the end, stays as it is, so a line written before
 * arguments were escaped (a {@code |} then became {@code /}, a backslash stayed single, as in a Windows path) reads
 * back as it was written, unless an argument happened to hold {@code \\}, {@code \|} or {@code \n} itself. The keys,
 * and the sentences a module stored before it kept keys, are the module's own.
 *
 * @param key the message key of the sentence
 * @param arguments what the sentence names, in order; a missing argument is said as nothing
 */
public record Sentence(String key, List<Object> arguments) implements MessageSourceResolvable {

	private static final char SEPARATOR = '|';

	private static final char ESCAPE = '\\';

	/** The keys {@link #listed(List)} says a list with: one thing, and a list followed by one more. */
	private static final String LIST_ONE = "phrase.list.one";

	private static final String LIST_MORE = "phrase.list.more";

	public Sentence {
		Objects.requireNonNull(key, "key");
		arguments = List.copyOf(arguments);
	}

	/** The sentence {@code key} naming {@code arguments}: times, people, words and sentences. */
	public static Sentence of(String key, Object... arguments) {
		return new Sentence(key, Arrays.stream(arguments).map(argument -> argument == null ? "" : argument).toList());
	}

	/** The sentence {@code key} with each argument kept as its text, as a column keeps it and reads it back. */
	public static Sentence ofText(String key, Object... arguments) {
		return new Sentence(key, Arrays.stream(arguments).<Object>map(Sentence::text).toList());
	}

	/**
	 * Several things named one after the other, each said in the reader's language ("use of force (allegation 1),
	 * discourtesy (allegation 2)"); one thing is said alone, none as nothing.
	 */
	public static Sentence listed(List<?> items) {
		if (items.isEmpty()) {
			return of(LIST_ONE, "");
		}
		Sentence listed = of(LIST_ONE, items.get(0));
		for (Object item : items.subList(1, items.size())) {
			listed = of(LIST_MORE, listed, item);
		}
		return listed;
	}

	/** The sentence as one line: the key, then each argument's text escaped, separated by {@code |}. */
	public String stored() {
		StringBuilder line = new StringBuilder(key);
		for (Object argument : arguments) {
			line.append(SEPARATOR);
			String text = text(argument);
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case ESCAPE, SEPARATOR -> line.append(ESCAPE).append(c);
					case '\n' -> line.append(ESCAPE).append('n');
					default -> line.append(c);
				}
			}
		}
		return line.toString();
	}

	/** The sentence one stored line says: its first part is the key, the others the arguments, as text. */
	public static Sentence read(String line) {
		List<Object> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == ESCAPE && i + 1 < line.length() && escapes(line.charAt(i + 1))) {
				char next = line.charAt(++i);
				part.append(next == 'n' ? '\n' : next);
			}
			else if (c == SEPARATOR) {
				parts.add(part.toString());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return new Sentence(parts.get(0).toString(), parts.subList(1, parts.size()));
	}

	private static String text(Object argument) {
		return argument == null ? "" : argument.toString();
	}

	/** Whether a backslash before this character escapes it. */
	private static boolean escapes(char c) {
		return c == ESCAPE || c == SEPARATOR || c == 'n';
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.toArray();
	}

	/** Where no bundle has the key: the stored line, which names the key and every argument. */
	@Override
	public String getDefaultMessage() {
		return stored();
	}

	@Override
	public String toString() {
		return key + (arguments.isEmpty() ? "" : " " + arguments);
	}
}
