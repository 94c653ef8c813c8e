package org.leoprotocol.earlywarning.reason;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a rule fired, as a message key with its arguments, so that a supervisor reads it in their own language on a page,
 * in the API and in a mail. A flag keeps one line per reason: {@code ew.reason.X|argument|argument}, with {@code |},
 * {@code \} and a line break inside an argument written {@code \|}, {@code \\} and {@code \n}. A line that does not
 * start with {@code ew.reason.} was written before reasons became keys and is said as it is ({@link #RECORDED}).
 *
 * @param key the message key of the sentence
 * @param arguments the numbers and words the sentence names, as the record gave them
 */
public record FlagReason(String key, List<String> arguments) implements MessageSourceResolvable {

	/** At least {0} complaints in {1} months against a threshold of {2}. */
	public static final String THRESHOLD = "ew.reason.threshold";

	/** {0} complaints in {1} months: more than {2} % of {3} peers. */
	public static final String PEERS = "ew.reason.peers";

	/** {0} complaints of category {1} within {2} months, each closed not sustained. */
	public static final String REPEATED = "ew.reason.repeated";

	/** One protocol finding, described as {0}. */
	public static final String PROTOCOL_ONE = "ew.reason.protocol.one";

	/** {0} protocol findings in {1} months, described as {2}. */
	public static final String PROTOCOL_MANY = "ew.reason.protocol.many";

	/** A sentence stored before reasons became keys, said as it is. */
	public static final String RECORDED = "ew.reason.recorded";

	private static final String PREFIX = "ew.reason.";

	private static final String CATEGORY = "ew.reason.category.";

	public FlagReason {
		arguments = List.copyOf(arguments);
	}

	public static FlagReason of(String key, Object... arguments) {
		return new FlagReason(key, Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/** The reason as a flag's {@code reasons} column keeps it, one line. */
	public String stored() {
		if (RECORDED.equals(key)) {
			return arguments.get(0);
		}
		StringBuilder line = new StringBuilder(key);
		for (String argument : arguments) {
			line.append('|').append(argument.replace("\\", "\\\\").replace("|", "\\|").replace("\n", "\\n"));
		}
		return line.toString();
	}

	/** The reason one stored line says. */
	public static FlagReason read(String line) {
		if (!line.startsWith(PREFIX)) {
			return new FlagReason(RECORDED, List.of(line));
		}
		List<String> parts = new ArrayList<>();
		StringBuilder part = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				char next = line.charAt(++i);
				part.append(next == 'n' ? '\n' : next);
			}
			else if (c == '|') {
				parts.add(part.toString());
				part.setLength(0);
			}
			else {
				part.append(c);
			}
		}
		parts.add(part.toString());
		return new FlagReason(parts.get(0), parts.subList(1, parts.size()));
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	/** The arguments, the category of a repeated pattern given as a word the reader's language names. */
	@Override
	public Object[] getArguments() {
		Object[] said = arguments.toArray();
		if (REPEATED.equals(key) && said.length > 1) {
			String code = arguments.get(1);
			said[1] = new DefaultMessageSourceResolvable(new String[] { CATEGORY + code }, null,
					code.toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		return said;
	}

	@Override
	public String getDefaultMessage() {
		return RECORDED.equals(key) ? arguments.get(0) : stored();
	}
}
