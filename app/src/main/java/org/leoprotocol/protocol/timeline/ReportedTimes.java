package org.leoprotocol.protocol.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.leoprotocol.shared.InvalidInput;

/** Checks the times people and devices report: what happened cannot lie in the future of Leo's clock. */
public final class ReportedTimes {

	/** Device and radio clocks drift; this much ahead of Leo's clock is still accepted. */
	public static final Duration TOLERANCE = Duration.ofMinutes(1);

	private ReportedTimes() {
	}

	public static Instant orNow(Instant reported, Clock clock, String what) {
		Instant now = clock.instant();
		if (reported == null) {
			return now;
		}
		if (reported.isAfter(now.plus(TOLERANCE))) {
			throw new InvalidInput("protocol.time.future", what, reported);
		}
		return reported;
	}
}
