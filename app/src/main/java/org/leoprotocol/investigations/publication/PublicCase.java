package org.leoprotocol.investigations.publication;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Investigation;

/**
 * A case as the public API shows it: what {@link PublishedCase} allows, never a person's name. Its status, categories
 * and findings are said in the client's language ({@code Accept-Language}, in the words of the public case page and the
 * transparency portal), each beside its code, which stays the same in every language for programs that compare them.
 */
public record PublicCase(String caseNumber, String caseType, String status, String statusCode, Instant openedAt,
		Instant dueAt, Instant closedAt, List<String> categories, List<String> categoryCodes, List<Outcome> outcomes,
		String summary, boolean decidedByAlternate) {

	/** The final finding for one allegation category, published after closure, in words and as codes. */
	public record Outcome(String category, String categoryCode, String finding, String findingCode) {
	}

	/** The published case, its words given by {@code words} from their message keys. */
	public static PublicCase of(PublishedCase published, Function<String, String> words) {
		return new PublicCase(published.caseNumber(), published.caseType().name(),
				words.apply("case.status." + published.status().name()), published.status().name(),
				published.openedAt(), published.dueAt(), published.closedAt(),
				published.categories().stream().map(category -> words.apply(CATEGORY + category.name())).toList(),
				published.categories().stream().map(Category::name).toList(),
				published.outcomes().stream()
					.map(outcome -> new Outcome(words.apply(CATEGORY + outcome.category().name()),
							outcome.category().name(), words.apply(FINDING + outcome.finding().name()),
							outcome.finding().name()))
					.toList(),
				published.summary(), published.decidedByAlternate());
	}

	private static final String CATEGORY = "transparency.category.";

	private static final String FINDING = "transparency.finding.";

	/** The note on the complainant's status page when the case closes: findings per category, no names. */
	public static String closingNote(Investigation investigation) {
		return "The investigation is closed. Findings: " + PublishedCase.outcomes(investigation).stream()
			.map(outcome -> outcome.category().label() + ": "
					+ outcome.finding().label().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining("; ")) + ".";
	}
}
