package org.leoprotocol.investigations.deadline;

import java.util.Arrays;
import java.util.Locale;

import org.leoprotocol.shared.UnknownRecord;

/**
 * A clock running against a case. Today one: the statutory time from opening to closing (for example California
 * Government Code section 3304(d)(1): one year from discovery to notice of proposed discipline, or an agency's own
 * limit), named {@code statutory} in addresses.
 */
public enum DeadlineClock {
	STATUTORY;

	public String segment() {
		return name().toLowerCase(Locale.ROOT);
	}

	static DeadlineClock of(String segment) {
		return Arrays.stream(values()).filter(clock -> clock.segment().equals(segment)).findFirst()
			.orElseThrow(() -> new UnknownRecord("investigations.refused.clock.unknown", segment));
	}
}
