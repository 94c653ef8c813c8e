package org.leoprotocol.investigations.separation;

import java.time.Instant;
import java.util.UUID;

import org.springframework.modulith.NamedInterface;

/**
 * A personnel action proposed from a case (e.g. termination after a board's decision), and its approval by a second
 * person once given: the action takes effect on the officer's record only then.
 *
 * @param approvedBy who approved it, or {@code null} while it is pending
 */
@NamedInterface("proposals")
public record PersonnelProposal(UUID id, UUID investigationId, UUID officerId, String action, String reason,
		String proposedBy,
		Instant proposedAt, String approvedBy, Instant approvedAt) {

	public boolean isPending() {
		return approvedBy == null;
	}
}
