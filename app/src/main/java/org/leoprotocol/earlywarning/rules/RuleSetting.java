package org.leoprotocol.earlywarning.rules;

import org.leoprotocol.shared.InvalidInput;

/**
 * An agency's setting of one early-warning rule: whether it runs, its threshold, and its window in months. What the
 * threshold means depends on the rule (a count of complaints, a percentile, a count of findings).
 */
public record RuleSetting(String rule, boolean enabled, int threshold, int windowMonths) {

	public RuleSetting {
		if (threshold < 1 || threshold > 100) {
			throw new InvalidInput("earlywarning.rule.threshold", rule, String.valueOf(threshold));
		}
		if (windowMonths < 1 || windowMonths > 120) {
			throw new InvalidInput("earlywarning.rule.window", rule, String.valueOf(windowMonths));
		}
	}
}
