package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.UUID;

/** Published when a hearing's decision is recorded; the transparency portal publishes its redacted minutes. */
public record HearingDecided(UUID hearingId, InvestigationId investigationId, String caseNumber,
		Hearing.Purpose purpose,
		String decision, boolean unanimous, Instant decidedAt) {
}
