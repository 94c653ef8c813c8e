package org.leoprotocol.earlywarning.rules;

import java.util.Optional;

import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.Reason;

/**
 * One early-warning rule: given what was known about an officer on a date and the agency's setting of the rule, it
 * either stays silent or gives its reason in words. Rules never act on an officer; they only ask a supervisor to look.
 */
public sealed interface EarlyWarningPolicy permits ComplaintThresholdPolicy, PeerPercentilePolicy,
		RepeatedInsufficientEvidencePolicy, ProtocolFindingPolicy {

	String name();

	/** A sentence on what the rule looks for, for the settings page. */
	String description();

	Optional<Reason> evaluate(Indicators officer, RuleSetting setting);
}
