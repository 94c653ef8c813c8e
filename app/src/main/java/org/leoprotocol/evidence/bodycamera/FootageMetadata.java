package org.leoprotocol.evidence.bodycamera;

import java.time.Duration;
import java.time.Instant;

/**
 * What a body-camera file says about itself: when recording started, how long it ran, the device's serial, each
 * {@code null} when the file does not say; {@code problem} names why the start is missing when the file could not be
 * read.
 */
record FootageMetadata(Instant start, Duration duration, String serial, String problem) {

	static FootageMetadata unreadable(String problem) {
		return new FootageMetadata(null, null, null, problem);
	}

	Instant stop() {
		return start == null || duration == null ? null : start.plus(duration);
	}
}
