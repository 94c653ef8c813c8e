package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A case as the public may see it. While open: its status, dates and allegation categories. After closure: the
 * final finding per category as well. Never the name of an officer, a complainant, a witness or a child: the
 * publication policy of scenario 002, where a sparse statement was all the department could say while the
 * investigation ran.
 */
public record PublicCase(String caseNumber, String caseType, String status, Instant openedAt, Instant dueAt,
		Instant closedAt, List<String> categories, List<Outcome> outcomes) {

	/** The final finding for one allegation category, published after closure. */
	public record Outcome(String category, String finding) {
	}

	static PublicCase of(Investigation investigation) {
		boolean closed = investigation.status() == InvestigationStatus.CLOSED;
		return new PublicCase(investigation.caseNumber(), investigation.caseType().name(), investigation.status().label(),
				investigation.openedAt(), investigation.dueAt(), investigation.closedAt(),
				investigation.allegations().stream().map(a -> a.category().label()).distinct().toList(),
				closed ? outcomes(investigation) : List.of());
	}

	/** The note on the complainant's status page when the case closes: findings per category, no names. */
	static String closingNote(Investigation investigation) {
		return "The investigation is closed. Findings: " + outcomes(investigation).stream()
			.map(outcome -> outcome.category() + ": " + outcome.finding().toLowerCase())
			.collect(Collectors.joining("; ")) + ".";
	}

	private static List<Outcome> outcomes(Investigation investigation) {
		return investigation.allegations().stream()
			.map(a -> new Outcome(a.category().label(), a.finalFinding().finding().label()))
			.distinct()
			.toList();
	}
}
