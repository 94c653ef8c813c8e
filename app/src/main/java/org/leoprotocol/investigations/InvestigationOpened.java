package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;

/** Published when a case is opened against officers. */
public record InvestigationOpened(InvestigationId investigationId, String caseNumber, CaseType caseType,
		List<OfficerId> accused, Instant openedAt, Instant dueAt) {
}
