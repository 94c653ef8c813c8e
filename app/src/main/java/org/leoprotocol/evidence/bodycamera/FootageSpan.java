package org.leoprotocol.evidence.bodycamera;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/** A clip's span as read from the file, with the device and officer it is placed with. */
public record FootageSpan(String device, DeviceSource source, OfficerId officer, Instant start, Instant stop,
		ClipPlacement placement,
		String problem) {

	boolean placed() {
		return placement.placed();
	}
}
