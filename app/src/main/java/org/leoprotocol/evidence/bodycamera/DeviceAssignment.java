package org.leoprotocol.evidence.bodycamera;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/**
 * A body camera worn by an officer over a period ({@code until} null while he still wears it), with who recorded and
 * who ended the assignment.
 */
public record DeviceAssignment(UUID id, String deviceId, OfficerId officer, String badgeNumber, String officerName,
		Instant from, Instant until, String recordedBy, Instant recordedAt, String endedBy) {
}
