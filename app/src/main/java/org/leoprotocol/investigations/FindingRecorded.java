package org.leoprotocol.investigations;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/**
 * Published whenever a recommended or final finding is recorded for an allegation; early warning counts the final ones
 * per officer, including the {@link Finding#NOT_SUSTAINED} that no single case acts on.
 */
public record FindingRecorded(InvestigationId investigationId, String caseNumber, AllegationId allegationId,
		OfficerId officerId, Category category, FindingStage stage, Finding finding, Instant recordedAt) {
}
