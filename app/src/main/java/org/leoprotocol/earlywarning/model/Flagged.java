package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The officers at the top of an agency's ranking on a date (the review budget), each explained, and whether the learned
 * model or the rule score ranked them.
 */
public record Flagged(String agency, LocalDate asOf, boolean learned, int cohort, String method,
		List<ExplainedOfficer> flagged) {
}
