package org.leoprotocol.conflicts;

import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * A decision taken before its decider declared a relation that conflicts with it: to be reviewed, not silently kept.
 *
 * @param action the decision as kept: Leo's sentence for an act let through because it could not wait, else the words
 * of the module that took it
 */
public record FlaggedAction(String caseNumber, String username, String action, Conflict reason, Instant takenAt,
		Instant flaggedAt) {

	/**
	 * The act as Leo's sentence, said in the reader's language with its time as {@code time} gives it; empty when the
	 * action is kept as text, to be shown as written.
	 */
	public Optional<Sentence> said(Function<Instant, String> time) {
		return NotedAct.said(action, time);
	}
}
