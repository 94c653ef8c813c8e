package org.leoprotocol.evidence;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/**
 * A body camera began recording, as its footage tells once ingested. Leo's Protocol puts it on the incident's
 * timeline (scenario 000: "the Chief orders the officer's body camera on" is a timeline event).
 */
public record BodyCameraRecordingStarted(EvidenceId evidence, OfficerId officer, String device, Instant at,
		String incidentReference) {
}
