package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.shared.InvalidInput;

/**
 * A case the department opened and closed before it used Leo, or in the demo department's past, as its records show it:
 * for recording history ({@link Investigations#recordClosedCase}), never for a case worked today.
 *
 * @param complaint the complaint it came from, or {@code null} for an internal case
 * @param allegations the allegations, each with the finding {@link #findings} gives at the same position
 * @param findings the finding the investigator recommended and command confirmed, per allegation
 * @param reason why, when a finding needs a reason (not sustained, for one)
 * @param investigator who recommended the findings; never the same person as {@code decidedBy}
 * @param decidedBy the member of command who recorded the final findings and closed the case
 */
public record PastCase(CaseType type, ComplaintId complaint, String summary, List<NewAllegation> allegations,
		List<Finding> findings, String reason, String investigator, String decidedBy, Instant openedAt,
		Instant closedAt) {

	public PastCase {
		allegations = List.copyOf(allegations);
		findings = List.copyOf(findings);
		if (allegations.isEmpty() || allegations.size() != findings.size()) {
			throw new InvalidInput("investigations.refused.pastCase.findings");
		}
		if (investigator == null || investigator.equals(decidedBy)) {
			throw new InvalidInput("investigations.refused.pastCase.separation");
		}
		if (openedAt == null || closedAt == null || closedAt.isBefore(openedAt)) {
			throw new InvalidInput("investigations.refused.pastCase.dates");
		}
	}
}
