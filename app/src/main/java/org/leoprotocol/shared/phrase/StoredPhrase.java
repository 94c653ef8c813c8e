package org.leoprotocol.shared.phrase;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.springframework.context.MessageSourceResolvable;

/**
 * A sentence kept for readers who come later: a message key with the arguments it names, stored as one line of text and
 * said in the language of whoever reads it (a page in the visitor's, an API answer in the client's
 * {@code Accept-Language}, a mail in its recipient's). A module keeps one where a column once held an English sentence:
 * why an export failed, why a flag was raised.
 *
 * <p>
 * The line is {@code key|argument|argument}. Inside an argument a backslash, a {@code |} and a line break are written
 * {@code \\}, {@code \|} and {@code \n}, so any text survives the round trip and a column may keep several phrases, one
 * per line. Reading is lenient: a backslash before any other character, or at the end, stays as it is, so a line
 * written before arguments were escaped (a {@code |} then became {@code /}, a backslash stayed single, as in a Windows
 * path) reads back as it was written, unless an argument happened to hold {@code \}, {@code \|} or {@code
} itself. The keys, and the sentences a module stored before it kept keys, are the module's own.
 *
 * @param key the message key of the sentence
 * @param arguments the numbers and words the sentence names, as text
 */
public record StoredPhrase(String key, List<String> arguments) implements MessageSourceResolvable {

	private static final char SEPARATOR = '|';

	private static final char ESCAPE = '\\';

	public StoredPhrase {
		Objects.requireNonNull(key, "key");
		arguments = List.copyOf(arguments);
	}

	/** The phrase of a key with its arguments, each kept as its text. */
	public static StoredPhrase of(String key, Object... arguments) {
		return new StoredPhrase(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** The phrase as one line: the key, then each argument escaped, separated by {@code |}. */
	public String stored() {
		StringBuilder line = new StringBuilder(key);
		for (String argument : arguments) {
			line.append(SEPARATOR);
			for (int i = 0; i < argument.length(); i++) {
				char c = argument.charAt(i);
				switch (c) {
					case ESCAPE, SEPARATOR -> line.append(ESCAPE).append(c);
					case '\n' -> line.append(ESCAPE).append('n');
					default -> line.append(c);
				}
			}
		}
		return line.toString();
	}

	/** The phrase one stored line says: its first part is the key, the others the arguments. */
	public static StoredPhrase read(String line) {
		List<String> parts = new ArrayList<>();
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
		return new StoredPhrase(parts.get(0), parts.subList(1, parts.size()));
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
}
