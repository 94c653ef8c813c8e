package org.leoprotocol.protocol.timeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;

/** Checks the times people and devices report: what happened cannot lie in the future of Leo's clock. */
public final class ReportedTimes {

	/** Device and radio clocks drift; this much ahead of Leo's clock is still accepted. */
	public static final Duration TOLERANCE = Duration.ofMinutes(1);

	private ReportedTimes() {
	}

	/**
	 * The time reported, or now when none was; refused when it lies ahead of Leo's clock by more than the tolerance.
	 *
	 * @param what what the time is of ({@code report}, {@code dispatch}, {@code recording}), said in the refusal as a
	 * word of the reader's language
	 */
	public static Instant orNow(Instant reported, Clock clock, String what) {
		Instant now = clock.instant();
		if (reported == null) {
			return now;
		}
		if (reported.isAfter(now.plus(TOLERANCE))) {
			throw new InvalidInput("protocol.time.future", new Phrase("protocol.time.of." + what), reported);
		}
		return reported;
	}
}
