package org.leoprotocol.protocol.clock;

import java.time.Duration;

/** Writes durations the way people on the radio say them: 11:42, or 1:05:00 past the hour. */
public final class Durations {

	private Durations() {
	}

	public static String clock(Duration duration) {
		long seconds = Math.abs(duration.toSeconds());
		String sign = duration.isNegative() ? "-" : "";
		if (seconds >= 3600) {
			return sign + String.format("%d:%02d:%02d", seconds / 3600, seconds % 3600 / 60, seconds % 60);
		}
		return sign + String.format("%d:%02d", seconds / 60, seconds % 60);
	}
}
