package org.leoprotocol.earlywarning.indicators;

import org.leoprotocol.earlywarning.Indicators;

/**
 * The ranking score that orders officers for review: a transparent weighted count, not a fitted model. Its backbone is
 * the Crime Lab's finding that ranking officers by all complaints of the past two years, whatever their finding, gets
 * "most of the benefits" of a machine-learning model (NYPD 2015-2019, top 5 %: 17.6 % recall by complaint counts
 * against 18.5 % for the model; NBER w32432). On top of it come the two signals Leo adds: a repeated
 * insufficient-evidence pattern adds half a point per complaint in it, and each Leo's Protocol finding adds 3, so that
 * scenario 000's officer ranks above a peer with the same count. Ties go to the officer with more complaints in the
 * last year. Commendations are shown beside the score but neither offset complaints nor move anyone else. An earlier
 * version also weighted older complaints and sustained allegations; on the CCRB data it ranked worse than the plain
 * count at every as-of date from 2014 to 2019 ({@code ./leo backtest}), so it went.
 */
public final class RiskScore {

	private RiskScore() {
	}

	public static double of(Indicators officer) {
		double pattern = officer.repeatedComplaints() >= 2 ? 0.5 * officer.repeatedComplaints() : 0;
		return officer.complaints2y() + pattern + 3.0 * officer.protocolFindings();
	}
}
