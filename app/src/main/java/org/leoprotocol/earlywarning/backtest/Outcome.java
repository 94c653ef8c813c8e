package org.leoprotocol.earlywarning.backtest;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What happened after the date: the cohort officers named in an allegation, received in {@code [from, until)}, that was
 * finally SUSTAINED (the University of Chicago Crime Lab's outcome). {@code firstTimers} are the positives with no
 * complaint at all before the date; they count like any other, which no method that reads only complaints can catch.
 */
public record Outcome(LocalDate from, LocalDate until, Set<UUID> positives, Set<UUID> firstTimers) {

	public Outcome {
		positives = Set.copyOf(positives);
		firstTimers = Set.copyOf(firstTimers);
	}
}
