package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * The {@link Feature}s of every officer serving on a date, computed from records before it only: complaints received
 * earlier, a finding only when its complaint closed earlier (otherwise the complaint is open), Protocol findings not
 * yet withdrawn, commendations received earlier. Missing values (no appointment date, no complaint yet) are NaN, which
 * the trees route on their own. Peers are the serving officers of the same unit and rank (the same rank when fewer than
 * {@value #MIN_PEERS} share the unit, the whole agency when the rank is unknown).
 */
@SuppressWarnings("EnumOrdinal") // a feature's ordinal is its column in the columnar feature table
final class FeatureTable {

	static final int MIN_PEERS = 5;
	static final int WIDTH = Feature.values().length;

	final LocalDate asOf;
	/** The cohort: indices of the officers serving on the date, in the history's order. */
	final int[] officers;
	/** Row-major values, {@link #WIDTH} per officer of the cohort. */
	final float[] values;
	/** Per cohort row: the mean complaints in two years among the officer's peers, and how many peers there are. */
	final float[] peerMean;
	final int[] peers;

	private FeatureTable(LocalDate asOf, int[] officers, float[] values, float[] peerMean, int[] peers) {
		this.asOf = asOf;
		this.officers = officers;
		this.values = values;
		this.peerMean = peerMean;
		this.peers = peers;
	}

	int rows() {
		return officers.length;
	}

	float value(int row, Feature feature) {
		return values[row * WIDTH + feature.ordinal()];
	}

	static FeatureTable of(AgencyHistory h, LocalDate asOf) {
		int day = (int) asOf.toEpochDay();
		int twoYears = day - 730;
		int[] cohort = java.util.stream.IntStream.range(0, h.officers()).filter(o -> h.serving(o, day)).toArray();
		float[] values = new float[cohort.length * WIDTH];
		ComplaintFeatures.fill(h, cohort, day, values);
		int[] rowOf = new int[h.officers()];
		Arrays.fill(rowOf, -1);
		for (int row = 0; row < cohort.length; row++) {
			rowOf[cohort[row]] = row;
		}
		for (int k = 0; k < h.protocolOfficer.length; k++) {
			int row = rowOf[h.protocolOfficer[k]];
			if (row >= 0 && h.protocolDay[k] < day && h.protocolDay[k] >= twoYears && h.protocolWithdrawn[k] >= day) {
				values[row * WIDTH + Feature.PROTOCOL_FINDINGS_2Y.ordinal()]++;
			}
		}
		for (int k = 0; k < h.commendationOfficer.length; k++) {
			int row = rowOf[h.commendationOfficer[k]];
			if (row >= 0 && h.commendationDay[k] < day && h.commendationDay[k] >= twoYears) {
				values[row * WIDTH + Feature.COMMENDATIONS_2Y.ordinal()]++;
			}
		}
		float[] peerMean = new float[cohort.length];
		int[] peers = new int[cohort.length];
		PeerExposure.fill(h, cohort, values, peerMean, peers);
		return new FeatureTable(asOf, cohort, values, peerMean, peers);
	}

	static void set(float[] values, int at, Feature feature, float value) {
		values[at + feature.ordinal()] = value;
	}

	/**
	 * Per cohort row, whether the officer had an allegation received in [from, to) found SUSTAINED: with the final
	 * finding when {@code knownBy} is null, otherwise only when its complaint had closed before {@code knownBy}.
	 */
	static boolean[] outcomes(AgencyHistory h, int[] cohort, LocalDate from, LocalDate to, LocalDate knownBy) {
		int start = (int) from.toEpochDay();
		int end = (int) to.toEpochDay();
		int known = knownBy == null ? AgencyHistory.NEVER : (int) knownBy.toEpochDay();
		boolean[] positive = new boolean[cohort.length];
		for (int row = 0; row < cohort.length; row++) {
			int o = cohort[row];
			for (int i = h.officerStart[o]; i < h.officerStart[o + 1] && !positive[row]; i++) {
				int c = h.allegationComplaint[i];
				positive[row] = h.allegationFinding[i] == AgencyHistory.SUSTAINED && h.received[c] >= start
						&& h.received[c] < end
						&& (knownBy == null || h.closed[c] < known);
			}
		}
		return positive;
	}
}
