package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.personnel.OfficerId;

/**
 * Published when a case is opened against officers; {@code complaintId} is the complaint it came from, or {@code null}
 * for a case opened internally.
 */
public record InvestigationOpened(InvestigationId investigationId, String caseNumber, CaseType caseType,
		List<OfficerId> accused, Instant openedAt, Instant dueAt, ComplaintId complaintId) {
}
