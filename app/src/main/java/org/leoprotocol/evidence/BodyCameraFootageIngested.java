package org.leoprotocol.evidence;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/**
 * A body-camera clip linked to an incident was placed in time from its own metadata: the camera recorded from
 * {@code recordingStart} to {@code recordingStop}, worn by {@code officer}. Leo's Protocol enters both moments on the
 * incident's timeline as footage-derived, and its gap findings are measured from them rather than from camera entries
 * typed by hand (scenario 000: the officer's camera was off while he was with the child).
 *
 * @param deviceFromFile whether the device's serial was read from the file (else it was chosen at upload)
 * @param incidentReference the incident's id as the link names it
 */
public record BodyCameraFootageIngested(EvidenceId evidence, String fileName, OfficerId officer, String device,
		boolean deviceFromFile, Instant recordingStart, Instant recordingStop, String incidentReference) {
}
