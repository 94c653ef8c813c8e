package org.leoprotocol.shared.phrase;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A column that keeps what Leo says about a record and what a person typed about it together: Leo's sentence, stored
 * ({@link Sentence#stored()}), on the first line, so every reader reads it in their own language; what was typed, word
 * for word, on the lines below, or alone. A timeline entry's detail, a status change's reason and an allegation's
 * description are kept so. A column whose first line is not one of Leo's sentences was typed, as everything kept before
 * Leo said sentences was; which first lines are Leo's is told by the keys its sentences begin with.
 */
public final class SaidThenTyped {

	private final Pattern said;

	private SaidThenTyped(Pattern said) {
		this.said = said;
	}

	/** Leo's sentences are those whose key begins with {@code keys}, whatever their arguments. */
	public static SaidThenTyped keyed(String keys) {
		return new SaidThenTyped(Pattern.compile(Pattern.quote(keys) + "[A-Za-z0-9._-]+(\\|.*)?"));
	}

	/** Leo's sentences are the first lines {@code said} matches whole. */
	public static SaidThenTyped matching(Pattern said) {
		return new SaidThenTyped(said);
	}

	/** Leo's sentence, then what a person typed below it; blank typed text adds nothing. */
	public static String below(String stored, String typed) {
		return typed == null || typed.isBlank() ? stored : stored + "\n" + typed.strip();
	}

	/**
	 * What a person typed, to be kept alone: word for word, unless its first line would read as one of Leo's sentences
	 * (a note typed beginning with one of Leo's keys), which is then kept below {@code note}, Leo's own sentence saying
	 * that a person typed what follows, so that it is still read as typed.
	 */
	public String alone(String typed, Sentence note) {
		if (typed == null || sentence(typed).isEmpty()) {
			return typed;
		}
		return below(note.stored(), typed);
	}

	/** The sentence Leo kept on the column's first line, if it begins with one. */
	public Optional<Sentence> sentence(String column) {
		String first = column == null ? "" : column.lines().findFirst().orElse("");
		return said.matcher(first).matches() ? Optional.of(Sentence.read(first)) : Optional.empty();
	}

	/** What a person typed: the whole column if Leo said nothing in it, else the lines below Leo's sentence. */
	public Optional<String> typed(String column) {
		if (column == null) {
			return Optional.empty();
		}
		if (sentence(column).isEmpty()) {
			return Optional.of(column);
		}
		int end = column.indexOf('\n');
		return end < 0 ? Optional.empty() : Optional.of(column.substring(end + 1));
	}
}
