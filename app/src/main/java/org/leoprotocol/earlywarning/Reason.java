package org.leoprotocol.earlywarning;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.leoprotocol.earlywarning.reason.FlagReason;

/**
 * Why a rule fired, in words a supervisor can check against the record, kept as a message key with its arguments so
 * that each reader reads it in their language; {@code weight} orders the reasons.
 */
public record Reason(String rule, FlagReason words, double weight) {

	/** The key and arguments of the words, as a flag stores them. */
	@JsonProperty("key")
	public String key() {
		return words.stored();
	}
}
