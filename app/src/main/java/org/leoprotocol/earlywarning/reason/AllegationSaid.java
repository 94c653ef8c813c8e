package org.leoprotocol.earlywarning.reason;

import java.util.Optional;
import java.util.regex.Pattern;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.SaidThenTyped;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * The description early warning keeps of an allegation one of Leo's own investigations brought to a final finding. What
 * Leo says of it (the category of misconduct alleged and the allegation it was) is kept as a sentence on the first
 * line, {@code ew.allegation.investigated|CATEGORY|allegation}, so that each reader reads the category in their own
 * language; what the complainant's allegation said, as the investigator typed it, is kept word for word on the lines
 * below. An allegation an agency imported from its own records is kept as it was typed, Leo's sentence being absent.
 */
public final class AllegationSaid {

	/** {0} (allegation {1}): the category, said as a word, and the allegation's identifier. */
	static final String KEY = "ew.allegation.investigated";

	/** The first part of the key of each category's word, as the investigations module names its categories. */
	static final String CATEGORY = "word.category.";

	private static final SaidThenTyped LINES = SaidThenTyped
		.matching(Pattern.compile(Pattern.quote(KEY) + "\\|[A-Z_]+\\|[0-9a-fA-F-]+"));

	private AllegationSaid() {
	}

	/**
	 * The description as the column keeps it: Leo's sentence naming the category and the allegation, then the typed
	 * description below it; a blank typed description adds nothing.
	 */
	public static String stored(Enum<?> category, Object allegation, String typed) {
		return SaidThenTyped.below(Sentence.ofText(KEY, category.name(), allegation).stored(), typed);
	}

	/** Leo's sentence on the description, the category said as a word in the reader's language; none if typed. */
	public static Optional<Sentence> said(String description) {
		return LINES.sentence(description).map(stored -> Sentence.of(KEY,
				new Phrase(CATEGORY + stored.arguments().get(0)), stored.arguments().get(1)));
	}

	/** What was typed: the whole description if Leo said nothing on it, else the lines below Leo's sentence. */
	public static Optional<String> typed(String description) {
		return LINES.typed(description);
	}
}
