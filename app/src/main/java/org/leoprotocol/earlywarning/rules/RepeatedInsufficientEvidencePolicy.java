package org.leoprotocol.earlywarning.rules;

import java.util.Optional;

import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.Reason;
import org.leoprotocol.earlywarning.reason.FlagReason;

/**
 * Repeated complaints of the same kind, each closed NOT_SUSTAINED for lack of evidence. One such finding proves
 * nothing; a pattern of them is a signal: dropping non-sustained complaints cuts the recall of the Crime Lab's NYPD and
 * CPD models by 38 % (NBER w32432), IMPD sends not-sustained findings to its early-warning system, and New Jersey
 * counts complaints "regardless of outcome" (NJ Attorney General Directive 2018-3). The rule fires on {@code threshold}
 * distinct complaints of one category within {@code windowMonths}, counting only findings closed before the date. This
 * is scenario 000's Officer Miller: Agnes Gable's and Mr. Henderson's complaints.
 */
public final class RepeatedInsufficientEvidencePolicy implements EarlyWarningPolicy {

	public static final String NAME = "REPEATED_INSUFFICIENT_EVIDENCE";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "At least THRESHOLD complaints of the same category, each closed not sustained (insufficient evidence), within the window.";
	}

	@Override
	public Optional<Reason> evaluate(Indicators officer, RuleSetting setting) {
		if (officer.repeatedCategory() == null || officer.repeatedComplaints() < setting.threshold()) {
			return Optional.empty();
		}
		return Optional.of(new Reason(NAME, FlagReason.of(FlagReason.REPEATED, officer.repeatedComplaints(),
				officer.repeatedCategory(), setting.windowMonths()), 2.0 * officer.repeatedComplaints()));
	}
}
