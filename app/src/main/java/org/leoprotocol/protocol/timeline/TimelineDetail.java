package org.leoprotocol.protocol.timeline;

import java.util.Optional;

import org.leoprotocol.shared.phrase.SaidThenTyped;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * The detail of a timeline entry as its column keeps it. What Leo says about an entry (the report received, a release
 * verified, a finding) is kept as a sentence, {@code incident-timeline.…|argument|argument} on the first line, so each
 * reader reads it in their own language; what a person typed (a note, a decision's reason) is kept word for word, after
 * Leo's sentence on the lines below it, or alone. A detail whose first line is not one of Leo's sentences was typed.
 */
public final class TimelineDetail {

	/** The first part of the key of every sentence Leo keeps on a timeline. */
	public static final String KEYS = "incident-timeline.";

	private static final SaidThenTyped LINES = SaidThenTyped.keyed(KEYS);

	private TimelineDetail() {
	}

	/** Leo's sentence {@code key} (after {@link #KEYS}) naming {@code arguments} as text, as the column keeps it. */
	public static String said(String key, Object... arguments) {
		return Sentence.ofText(KEYS + key, arguments).stored();
	}

	/** Leo's sentence, then what a person typed below it; blank typed text adds nothing. */
	public static String typedBelow(String stored, String typed) {
		return SaidThenTyped.below(stored, typed);
	}

	/**
	 * What a person typed, kept alone as the column keeps it: word for word, unless its first line would read as one of
	 * Leo's sentences (a note beginning {@code incident-timeline.}), which is then kept below Leo's "note" so that it
	 * is still read as typed.
	 */
	public static String typedAlone(String typed) {
		return LINES.alone(typed, Sentence.ofText(KEYS + "note"));
	}

	/** The sentence Leo kept on the detail's first line, if it begins with one. */
	public static Optional<Sentence> sentence(String detail) {
		return LINES.sentence(detail);
	}

	/** What a person typed: the whole detail if Leo said nothing on it, else the lines below Leo's sentence. */
	public static Optional<String> typed(String detail) {
		return LINES.typed(detail);
	}
}
