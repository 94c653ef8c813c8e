package org.leoprotocol.investigations.publication;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.investigations.Allegation;
import org.leoprotocol.investigations.CasePublication;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationStatus;

/**
 * What the publication policy lets the public know of a case, in Leo's own codes so each page can name them in the
 * visitor's language. While open: its status, dates and allegation categories. After closure: the final finding per
 * category as well. Never the name of an officer, a complainant, a witness or a child: the policy of scenario 002,
 * where a sparse statement was all the department could say while the investigation ran. That statement is the public
 * summary, shown only as redacted and approved by a second person ({@link CasePublication}). When a decider was recused
 * for a conflict of interest, that the decisions were the designated alternate's.
 */
public record PublishedCase(String caseNumber, CaseType caseType, InvestigationStatus status, Instant openedAt,
		Instant dueAt, Instant closedAt, List<Category> categories, List<Outcome> outcomes, String summary,
		boolean decidedByAlternate) {

	/** The final finding for one allegation category, published after closure. */
	record Outcome(Category category, Finding finding) {
	}

	/** The case with its public summary: the redacted text a second person approved, or {@code null}. */
	public static PublishedCase of(Investigation investigation, String approvedSummary) {
		boolean closed = investigation.status() == InvestigationStatus.CLOSED;
		return new PublishedCase(investigation.caseNumber(), investigation.caseType(), investigation.status(),
				investigation.openedAt(), investigation.dueAt(), investigation.closedAt(),
				investigation.allegations().stream().map(Allegation::category).distinct().toList(),
				closed ? outcomes(investigation) : List.of(), approvedSummary, false);
	}

	/**
	 * The same case, saying that its decisions were taken by the designated alternate because a decider recused (never
	 * who, nor why: the why would name the family).
	 */
	public PublishedCase byAlternate() {
		return new PublishedCase(caseNumber, caseType, status, openedAt, dueAt, closedAt, categories, outcomes, summary,
				true);
	}

	static List<Outcome> outcomes(Investigation investigation) {
		return investigation.allegations().stream()
			.map(a -> new Outcome(a.category(), a.finalFinding().finding()))
			.distinct()
			.toList();
	}
}
