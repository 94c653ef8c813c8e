package org.leoprotocol.evidence;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/** A body camera stopped recording; with {@link BodyCameraRecordingStarted} it bounds what the footage covers. */
public record BodyCameraRecordingStopped(EvidenceId evidence, OfficerId officer, String device, Instant at,
		String incidentReference) {
}
