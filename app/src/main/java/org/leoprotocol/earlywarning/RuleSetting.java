package org.leoprotocol.earlywarning;

/**
 * An agency's setting of one early-warning rule: whether it runs, its threshold, and its window in months. What the
 * threshold means depends on the rule (a count of complaints, a percentile, a count of findings).
 */
public record RuleSetting(String rule, boolean enabled, int threshold, int windowMonths) {

	public RuleSetting {
		if (threshold < 1 || threshold > 100) {
			throw new IllegalArgumentException(
					"The threshold of " + rule + " must be between 1 and 100, not " + threshold);
		}
		if (windowMonths < 1 || windowMonths > 120) {
			throw new IllegalArgumentException(
					"The window of " + rule + " must be between 1 and 120 months, not " + windowMonths);
		}
	}
}
