package org.leoprotocol.earlywarning.reason;

import com.fasterxml.jackson.annotation.JsonValue;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * How a flag's review ended. A supervisor closes a flag with an outcome written in their own words, kept and shown as
 * written. Leo closes a flag itself only when the record no longer supports it (the protocol finding it was raised from
 * was withdrawn by an amendment), and then says why as a sentence: the flag keeps it as its {@link Sentence#stored()
 * stored line} ({@code ew.outcome.X|argument|argument}) and each reader reads it in their own language, on the flag
 * page and in the API.
 *
 * @param written what the supervisor wrote, or {@code null} when Leo closed the flag
 * @param said why Leo closed the flag, or {@code null} when a supervisor wrote the outcome
 */
public record FlagOutcome(String written, Sentence said) {

	/** Closed by Leo: the protocol finding was withdrawn when the record of {0} was amended ({1}). */
	public static final String WITHDRAWN = "ew.outcome.withdrawn";

	/** The outcome a supervisor wrote. */
	public static FlagOutcome written(String text) {
		return new FlagOutcome(text, null);
	}

	/** Why Leo closed the flag, the arguments kept as text. */
	public static FlagOutcome byLeo(String key, Object... arguments) {
		return new FlagOutcome(null, Sentence.ofText(key, arguments));
	}

	/** The outcome a flag's column keeps, or {@code null} for none; Leo's own is a stored sentence. */
	public static FlagOutcome read(String column, boolean closedByLeo) {
		if (column == null) {
			return null;
		}
		return closedByLeo ? new FlagOutcome(null, Sentence.read(column)) : written(column);
	}

	/** Whether Leo closed the flag and said why as a sentence. */
	public boolean byLeo() {
		return said != null;
	}

	/** The outcome as the flag's column keeps it: the written text, or Leo's sentence as one stored line. */
	public String stored() {
		return byLeo() ? said.stored() : written;
	}

	/** The outcome as the API says it: Leo's sentence in the language of the request, a supervisor's as written. */
	@JsonValue
	Object json() {
		return byLeo() ? said : written;
	}
}
