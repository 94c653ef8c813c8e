package org.leoprotocol.earlywarning.rules;

import java.util.Optional;

import org.leoprotocol.earlywarning.Indicators;
import org.leoprotocol.earlywarning.Reason;
import org.leoprotocol.earlywarning.reason.FlagReason;

/**
 * Peer comparison: more complaints within the window than {@code threshold} percent of the officer's peers (same
 * agency, rank and five-year band of service). Raw counts penalise busy assignments; comparing with peers doing similar
 * work is the remedy of LAPD TEAMS II and RAND's internal benchmarking (Ridgeway and MacDonald 2009), and CPDP
 * publishes such percentiles for Chicago. A peer group smaller than {@value #MIN_PEERS} says too little, and an officer
 * with no complaint is never above anyone.
 */
public final class PeerPercentilePolicy implements EarlyWarningPolicy {

	public static final String NAME = "PEER_PERCENTILE";
	static final int MIN_PEERS = 10;

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public String description() {
		return "More complaints in the window than THRESHOLD % of peers of the same rank and years of service.";
	}

	@Override
	public Optional<Reason> evaluate(Indicators officer, RuleSetting setting) {
		long percentile = Math.round(officer.peerPercentile() * 100);
		if (officer.peers() < MIN_PEERS || officer.peerComplaints() == 0 || percentile < setting.threshold()) {
			return Optional.empty();
		}
		return Optional.of(new Reason(NAME, FlagReason.of(FlagReason.PEERS, officer.peerComplaints(),
				setting.windowMonths(), percentile, officer.peers() - 1), 1 + officer.peerPercentile()));
	}
}
