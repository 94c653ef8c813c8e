package org.leoprotocol.earlywarning.web;

import java.time.LocalDate;
import java.util.List;

/**
 * The officers of one agency ranked by score with what was known on a date: the review list an agency with a budget of
 * N reviews would work through, top first.
 */
public record RankingView(List<String> agencies, String agency, LocalDate asOf, int cohort, List<RankingRow> rows,
		String modelCard) {
}
