package org.leoprotocol.evidence;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.InvalidInput;

/** Where the recording comes from; every field may be unknown except for body-camera video's officer. */
public record Recording(String device, OfficerId officer, Instant from, Instant to, String location) {

	public static final Recording UNKNOWN = new Recording(null, null, null, null, null);

	public Recording {
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInput("evidence.recording.order", to.toString(), from.toString());
		}
	}
}
