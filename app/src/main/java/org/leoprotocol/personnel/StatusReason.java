package org.leoprotocol.personnel;

import java.util.Optional;
import java.util.regex.Pattern;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * The reason of a status change as its column keeps it. When Leo gives part of the reason itself (a personnel action a
 * case ordered, with who proposed and who approved it) that part is a sentence on the first line,
 * {@code personnel.reason.…|argument|argument}, so each reader of the officer's record reads it in their own language;
 * what a person typed follows word for word on the lines below, or stands alone. A reason whose first line is not one
 * of Leo's sentences was typed: so reads every reason kept before Leo gave sentences, English included, since the
 * status history is never rewritten.
 */
public final class StatusReason {

	/** The first part of the key of every sentence Leo keeps in a reason. */
	public static final String KEYS = "personnel.reason.";

	private static final Pattern SAID = Pattern.compile("personnel\\.reason\\.[A-Za-z0-9._-]+(\\|.*)?");

	private StatusReason() {
	}

	/** Leo's sentence {@code key} (after {@link #KEYS}), then what a person typed on the lines below it. */
	public static String said(String key, String typed, Object... arguments) {
		String stored = Sentence.ofText(KEYS + key, arguments).stored();
		return typed == null || typed.isBlank() ? stored : stored + "\n" + typed.strip();
	}

	/** The sentence Leo kept on the reason's first line, if it begins with one. */
	static Optional<Sentence> sentence(String reason) {
		String first = reason == null ? "" : reason.lines().findFirst().orElse("");
		return SAID.matcher(first).matches() ? Optional.of(Sentence.read(first)) : Optional.empty();
	}

	/** What a person typed: the whole reason if Leo said nothing in it, else the lines below Leo's sentence. */
	static String typed(String reason) {
		if (sentence(reason).isEmpty()) {
			return reason;
		}
		int end = reason.indexOf('\n');
		return end < 0 ? null : reason.substring(end + 1);
	}
}
