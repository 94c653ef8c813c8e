package org.leoprotocol.earlywarning.reason;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a rule fired, as a message key with its arguments, so that a supervisor reads it in their own language on a page,
 * in the API and in a mail. A flag keeps one line per reason, the reason's {@link Sentence#stored() stored sentence}
 * ({@code ew.reason.X|argument|argument}, arguments escaped), whose arguments are text. A line that does not start with
 * {@code ew.reason.} was written before reasons became keys and is said, and kept, as it is ({@link #RECORDED}). The
 * category a repeated pattern names is said as a word of the reader's language, and the protocol findings a reason
 * names as {@link FindingsSaid} says them.
 *
 * @param sentence the key and arguments of the sentence, as text
 */
public record FlagReason(Sentence sentence) implements MessageSourceResolvable {

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

	public static FlagReason of(String key, Object... arguments) {
		return new FlagReason(Sentence.ofText(key, arguments));
	}

	/** The message key of the sentence. */
	public String key() {
		return sentence.key();
	}

	/** The numbers and words the sentence names, as the record gave them. */
	public List<String> arguments() {
		return sentence.arguments().stream().map(String::valueOf).toList();
	}

	/** The reason as a flag's {@code reasons} column keeps it, one line; a line from before keys stays as it was. */
	public String stored() {
		return RECORDED.equals(key()) ? arguments().get(0) : sentence.stored();
	}

	/** The reason one stored line says. */
	public static FlagReason read(String line) {
		return new FlagReason(
				line.startsWith(PREFIX) ? Sentence.read(line) : new Sentence(RECORDED, List.of(line)));
	}

	@Override
	public String[] getCodes() {
		return sentence.getCodes();
	}

	/** The arguments, the category of a repeated pattern given as a word the reader's language names. */
	@Override
	public Object[] getArguments() {
		Object[] said = sentence.getArguments();
		if (PROTOCOL_ONE.equals(key()) && said.length > 0) {
			said[0] = FindingsSaid.all(arguments().get(0));
		}
		if (PROTOCOL_MANY.equals(key()) && said.length > 2) {
			said[2] = FindingsSaid.all(arguments().get(2));
		}
		if (REPEATED.equals(key()) && said.length > 1) {
			String code = arguments().get(1);
			said[1] = new DefaultMessageSourceResolvable(new String[] { CATEGORY + code }, null,
					code.toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		return said;
	}

	@Override
	public String getDefaultMessage() {
		return stored();
	}

	/**
	 * The reason as the API says it: the sentence in the language of the request, its category a word of that language
	 * (the key and arguments travel beside it as the flag's {@code reasonKeys}).
	 */
	@JsonValue
	Sentence said() {
		return new Sentence(key(), List.of(getArguments()));
	}
}
