package org.leoprotocol.complaints;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;

/** Published when a commendation has been stored; a positive indicator on each named officer's record. */
public record CommendationReceived(ComplaintId complaintId, Instant receivedAt, List<OfficerId> officers) {
}
