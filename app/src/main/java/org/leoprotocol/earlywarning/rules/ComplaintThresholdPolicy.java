package org.leoprotocol.earlywarning.rules;

import java.util.Optional;

import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.Reason;
import org.leoprotocol.earlywarning.reason.FlagReason;

/**
 * The classic count-in-window threshold: at least {@code threshold} complaints, whatever their outcome, received within
 * {@code windowMonths}. Miami-Dade's system (operational 1982) listed officers with two or more complaints in three
 * months; New Jersey AG Directive 2018-3 counts internal-affairs complaints "regardless of outcome". Leo's default, two
 * in twelve months, is the baseline the backtest compares the ranking score against (Samuel Walker, "Early Intervention
 * Systems for Law Enforcement Agencies: A Planning and Management Guide", U.S. Department of Justice, COPS Office,
 * 2003).
 */
public final class ComplaintThresholdPolicy implements EarlyWarningPolicy {

	public static final String NAME = "COMPLAINT_THRESHOLD";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "At least THRESHOLD complaints received within the window, whatever their finding (count in window).";
	}

	@Override
	public Optional<Reason> evaluate(Indicators officer, RuleSetting setting) {
		if (officer.thresholdComplaints() < setting.threshold()) {
			return Optional.empty();
		}
		return Optional.of(new Reason(NAME, FlagReason.of(FlagReason.THRESHOLD, officer.thresholdComplaints(),
				setting.windowMonths(), setting.threshold()), officer.thresholdComplaints()));
	}
}
