package org.leoprotocol.investigations.publication;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Investigation;

/**
 * A case as the public API shows it, in English labels: what {@link PublishedCase} allows, never a person's name.
 */
public record PublicCase(String caseNumber, String caseType, String status, Instant openedAt, Instant dueAt,
		Instant closedAt, List<String> categories, List<Outcome> outcomes, String summary, boolean decidedByAlternate) {

	/** The final finding for one allegation category, published after closure. */
	public record Outcome(String category, String finding) {
	}

	public static PublicCase of(PublishedCase published) {
		return new PublicCase(published.caseNumber(), published.caseType().name(), published.status().label(),
				published.openedAt(), published.dueAt(), published.closedAt(),
				published.categories().stream().map(Category::label).toList(),
				published.outcomes().stream().map(PublicCase::outcome).toList(), published.summary(),
				published.decidedByAlternate());
	}

	/** The note on the complainant's status page when the case closes: findings per category, no names. */
	public static String closingNote(Investigation investigation) {
		return "The investigation is closed. Findings: " + PublishedCase.outcomes(investigation).stream()
			.map(PublicCase::outcome)
			.map(outcome -> outcome.category() + ": " + outcome.finding().toLowerCase(Locale.ROOT))
			.collect(Collectors.joining("; ")) + ".";
	}

	private static Outcome outcome(PublishedCase.Outcome outcome) {
		return new Outcome(outcome.category().label(), outcome.finding().label());
	}
}
