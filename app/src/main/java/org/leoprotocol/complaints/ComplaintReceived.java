package org.leoprotocol.complaints;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;

/**
 * Published when a complaint has been stored. It names the officers the complaint could be matched to by badge, and
 * nothing about the person who filed it.
 */
public record ComplaintReceived(ComplaintId complaintId, Instant receivedAt, List<OfficerId> officers,
		boolean aboutAChild) {
}
