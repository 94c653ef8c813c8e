package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;

/** Published when a case closes with a final finding for every allegation. */
public record InvestigationClosed(InvestigationId investigationId, String caseNumber, Instant closedAt,
		List<Outcome> outcomes) {

	/** The final finding of one allegation. */
	public record Outcome(OfficerId officerId, Category category, Finding finding) {
	}
}
