package org.leoprotocol.personnel;

import java.util.Optional;

import org.leoprotocol.shared.phrase.SaidThenTyped;
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

	private static final SaidThenTyped LINES = SaidThenTyped.keyed(KEYS);

	private StatusReason() {
	}

	/** Leo's sentence {@code key} (after {@link #KEYS}), then what a person typed on the lines below it. */
	public static String said(String key, String typed, Object... arguments) {
		return SaidThenTyped.below(Sentence.ofText(KEYS + key, arguments).stored(), typed);
	}

	/**
	 * A reason a person typed, kept alone as the column keeps it: word for word, unless its first line would read as
	 * one of Leo's sentences (a reason beginning {@code personnel.reason.}), which is then kept below Leo's "reason
	 * given" so that it is still read as typed.
	 */
	public static String typedAlone(String typed) {
		return LINES.alone(typed, Sentence.ofText(KEYS + "typed"));
	}

	/** The sentence Leo kept on the reason's first line, if it begins with one. */
	static Optional<Sentence> sentence(String reason) {
		return LINES.sentence(reason);
	}

	/** What a person typed: the whole reason if Leo said nothing in it, else the lines below Leo's sentence. */
	static String typed(String reason) {
		return reason == null ? null : LINES.typed(reason).orElse(null);
	}
}
