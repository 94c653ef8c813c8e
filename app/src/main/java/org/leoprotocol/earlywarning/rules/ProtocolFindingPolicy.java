package org.leoprotocol.earlywarning.rules;

import java.util.Optional;

import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.Reason;
import org.leoprotocol.earlywarning.reason.FlagReason;

/**
 * A finding of Leo's Protocol against the officer within the window: a child-safety step missed or late, such as
 * scenario 000's "on scene 11:42 before first engagement". The reason names every finding in the window, not only the
 * newest, so that a supervisor sees the whole record the rule read. Such findings come from recorded timelines (body
 * camera, dispatch) rather than from a complainant, which makes them the kind of direct performance evidence
 * supervisors are asked to review alongside complaints (CALEA 35.1.9 indicator lists; Alpert and Walker 2000).
 */
public final class ProtocolFindingPolicy implements EarlyWarningPolicy {

	public static final String NAME = "PROTOCOL_FINDING";

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "At least THRESHOLD findings of Leo's Protocol (missed or late child-safety steps) within the window.";
	}

	@Override
	public Optional<Reason> evaluate(Indicators officer, RuleSetting setting) {
		if (officer.protocolFindings() < setting.threshold()) {
			return Optional.empty();
		}
		FlagReason words = officer.protocolFindings() == 1
				? FlagReason.of(FlagReason.PROTOCOL_ONE, officer.protocolFindingsDescribed())
				: FlagReason.of(FlagReason.PROTOCOL_MANY, officer.protocolFindings(), setting.windowMonths(),
						officer.protocolFindingsDescribed());
		return Optional.of(new Reason(NAME, words, 3.0 * officer.protocolFindings()));
	}
}
