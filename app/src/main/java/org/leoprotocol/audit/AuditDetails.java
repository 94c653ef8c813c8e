package org.leoprotocol.audit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSource;

/**
 * What an audit record says was done, in its reader's language. Records written since the trail kept keys store a
 * sentence ({@code audit.detail.…|argument}); records written before keep the English they were written in and read as
 * written. Either way a code ({@code ACCESS_DENIED}, {@code NO_CPS_REFERRAL}) reads as words.
 */
final class AuditDetails {

	/** The start of every key a detail is stored under; text not starting with it was typed before keys. */
	static final String PREFIX = "audit.detail.";

	/** The key of a refusal's detail that keeps the refusing sentence's own key and arguments. */
	private static final String BECAUSE = PREFIX + "refused.because";

	private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

	private AuditDetails() {
	}

	/** The line a detail is stored as, or null for none; a key outside {@value #PREFIX} is a mistake of the caller. */
	static String stored(Sentence detail) {
		if (detail == null) {
			return null;
		}
		if (!detail.key().startsWith(PREFIX)) {
			throw new IllegalArgumentException("an audit detail's key starts with " + PREFIX + ": " + detail.key());
		}
		return detail.stored();
	}

	/** A refusal's detail: what was attempted, then the key and arguments of the sentence that refused it. */
	static Sentence refusedBecause(String attempted, String key, Object... arguments) {
		Object[] parts = new Object[arguments.length + 2];
		parts[0] = attempted;
		parts[1] = key;
		System.arraycopy(arguments, 0, parts, 2, arguments.length);
		return Sentence.ofText(BECAUSE, parts);
	}

	/** The stored detail said in {@code locale}: a stored sentence in words, older text as it was written. */
	static String said(String stored, MessageSource messages, Locale locale) {
		if (stored == null) {
			return "";
		}
		String text = stored.startsWith(PREFIX) ? messages.getMessage(saying(Sentence.read(stored)), locale) : stored;
		return words(text);
	}

	/** A refusal's reason is said as the sentence it keeps; any other detail as itself. */
	private static Sentence saying(Sentence detail) {
		if (!detail.key().equals(BECAUSE) || detail.arguments().size() < 2) {
			return detail;
		}
		List<Object> arguments = detail.arguments();
		Sentence why = new Sentence(arguments.get(1).toString(), arguments.subList(2, arguments.size()));
		return Sentence.of(BECAUSE, arguments.get(0), why);
	}

	/** Codes read as words: {@code ACCESS_DENIED} as "access denied". */
	static String words(String text) {
		return CODE.matcher(text).replaceAll(code -> code.group().replace('_', ' ').toLowerCase(Locale.ROOT));
	}
}
