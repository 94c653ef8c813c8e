package org.leoprotocol.earlywarning;

/**
 * The ranking score that orders officers for review: a transparent weighted count, not a fitted model. Its
 * backbone is the Crime Lab's finding that ranking officers by all complaints of the past two years gets "most of
 * the benefits" of a machine-learning model (NYPD 2015-2019, top 5 %: 17.6 % recall by complaint counts against
 * 18.5 % for the model; NBER w32432): so every complaint of the last two years counts 1 whatever its finding,
 * older ones of the last five years 0.25, sustained findings add 0.5, a repeated insufficient-evidence pattern
 * adds its complaints again, and each Leo's Protocol finding adds 3. Commendations are shown beside the score
 * but neither offset complaints nor move anyone else. {@code ./leo backtest} measures it against the threshold.
 */
final class RiskScore {

	private RiskScore() {
	}

	static double of(Indicators officer) {
		double recent = officer.complaints2y();
		double older = 0.25 * (officer.complaints5y() - officer.complaints2y());
		double sustained = 0.5 * officer.sustained5y();
		double pattern = officer.repeatedComplaints() >= 2 ? officer.repeatedComplaints() : 0;
		return recent + older + sustained + pattern + 3.0 * officer.protocolFindings();
	}
}
