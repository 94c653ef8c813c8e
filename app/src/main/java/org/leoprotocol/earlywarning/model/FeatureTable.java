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
		int year = day - 365;
		int twoYears = day - 730;
		int fiveYears = day - 1826;
		int[] recent = new int[h.officers()];
		for (int o = 0; o < h.officers(); o++) {
			recent[o] = distinctSince(h, o, twoYears, day);
		}
		int[] cohort = java.util.stream.IntStream.range(0, h.officers()).filter(o -> h.serving(o, day)).toArray();
		float[] values = new float[cohort.length * WIDTH];
		int[] seen = new int[h.officers()];
		Arrays.fill(seen, -1);
		int[] categoryNs = new int[AgencyHistory.CATEGORIES.length];
		int[] categoryLast = new int[AgencyHistory.CATEGORIES.length];
		for (int row = 0; row < cohort.length; row++) {
			int o = cohort[row];
			int at = row * WIDTH;
			int career = 0, c1 = 0, c2 = 0, c5 = 0, open = 0, shared = 0, coAccused = 0, coMax = 0;
			long coSum = 0;
			int first = AgencyHistory.NEVER, last = Integer.MIN_VALUE;
			Arrays.fill(categoryNs, 0);
			Arrays.fill(categoryLast, -1);
			int previous = -1;
			for (int i = h.officerStart[o]; i < h.officerStart[o + 1]; i++) {
				int c = h.allegationComplaint[i];
				int r = h.received[c];
				if (r >= day) {
					continue;
				}
				byte finding = h.closed[c] < day ? h.allegationFinding[i] : AgencyHistory.PENDING;
				if (c != previous) {
					career++;
					c1 += r >= year ? 1 : 0;
					c2 += r >= twoYears ? 1 : 0;
					c5 += r >= fiveYears ? 1 : 0;
					open += h.closed[c] >= day ? 1 : 0;
					first = Math.min(first, r);
					last = Math.max(last, r);
					int size = h.complaintStart[c + 1] - h.complaintStart[c];
					shared += size > 1 ? 1 : 0;
					for (int k = h.complaintStart[c]; k < h.complaintStart[c + 1]; k++) {
						int other = h.complaintOfficers[k];
						if (other != o && seen[other] != row) {
							seen[other] = row;
							coAccused++;
							coSum += recent[other];
							coMax = Math.max(coMax, recent[other]);
						}
					}
				}
				previous = c;
				int category = h.allegationCategory[i];
				values[at + Feature.of(category, true)]++;
				if (r >= twoYears) {
					values[at + Feature.of(category, false)]++;
				}
				switch (finding) {
					case AgencyHistory.SUSTAINED -> {
						values[at + Feature.SUSTAINED_CAREER.ordinal()]++;
						values[at + Feature.SUSTAINED_2Y.ordinal()] += r >= twoYears ? 1 : 0;
					}
					case AgencyHistory.NOT_SUSTAINED -> {
						values[at + Feature.NOT_SUSTAINED_CAREER.ordinal()]++;
						if (r >= twoYears) {
							values[at + Feature.NOT_SUSTAINED_2Y.ordinal()]++;
							if (categoryLast[category] != c) {
								categoryLast[category] = c;
								categoryNs[category]++;
							}
						}
					}
					case AgencyHistory.EXONERATED, AgencyHistory.UNFOUNDED ->
						values[at + Feature.EXONERATED_OR_UNFOUNDED_CAREER.ordinal()]++;
					default -> {
					}
				}
			}
			set(values, at, Feature.COMPLAINTS_1Y, c1);
			set(values, at, Feature.COMPLAINTS_2Y, c2);
			set(values, at, Feature.COMPLAINTS_5Y, c5);
			set(values, at, Feature.COMPLAINTS_CAREER, career);
			set(values, at, Feature.OPEN_COMPLAINTS, open);
			set(values, at, Feature.REPEATED_NOT_SUSTAINED, Arrays.stream(categoryNs).max().orElse(0));
			set(values, at, Feature.DAYS_SINCE_LAST_COMPLAINT, career == 0 ? Float.NaN : day - last);
			set(values, at, Feature.YEARS_SINCE_FIRST_COMPLAINT, career == 0 ? Float.NaN : (day - first) / 365.25f);
			set(values, at, Feature.TENURE_YEARS,
					h.hired[o] == AgencyHistory.UNKNOWN ? Float.NaN : (day - h.hired[o]) / 365.25f);
			set(values, at, Feature.CO_ACCUSED_OFFICERS, coAccused);
			set(values, at, Feature.CO_ACCUSED_COMPLAINT_RATE, coAccused == 0 ? Float.NaN : (float) coSum / coAccused);
			set(values, at, Feature.CO_ACCUSED_MAX_COMPLAINTS, coAccused == 0 ? Float.NaN : coMax);
			set(values, at, Feature.SHARED_COMPLAINT_SHARE, career == 0 ? Float.NaN : (float) shared / career);
		}
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
		exposure(h, cohort, values, peerMean, peers);
		return new FeatureTable(asOf, cohort, values, peerMean, peers);
	}

	/** Rank and unit as their serving officers' mean complaints in two years, and each officer's ratio to peers. */
	private static void exposure(AgencyHistory h, int[] cohort, float[] values, float[] peerMean, int[] peers) {
		java.util.Map<Long, float[]> byRank = new java.util.HashMap<>();
		java.util.Map<Long, float[]> byUnit = new java.util.HashMap<>();
		java.util.Map<Long, float[]> byUnitAndRank = new java.util.HashMap<>();
		float[] all = new float[2];
		for (int row = 0; row < cohort.length; row++) {
			int o = cohort[row];
			float c2 = values[row * WIDTH + Feature.COMPLAINTS_2Y.ordinal()];
			add(byRank, h.rank[o], c2);
			add(byUnit, ((long) h.unit[o]) << 32, c2);
			add(byUnitAndRank, (((long) h.unit[o]) << 32) | (h.rank[o] & 0xFFFFFFFFL), c2);
			all[0] += c2;
			all[1]++;
		}
		for (int row = 0; row < cohort.length; row++) {
			int o = cohort[row];
			int at = row * WIDTH;
			float[] rank = h.rank[o] < 0 ? null : byRank.get((long) h.rank[o]);
			float[] unit = h.unit[o] < 0 ? null : byUnit.get(((long) h.unit[o]) << 32);
			float[] both = h.unit[o] < 0 || h.rank[o] < 0 ? null
					: byUnitAndRank.get((((long) h.unit[o]) << 32) | (h.rank[o] & 0xFFFFFFFFL));
			set(values, at, Feature.RANK_COMPLAINT_RATE, rank == null ? Float.NaN : rank[0] / rank[1]);
			set(values, at, Feature.UNIT_COMPLAINT_RATE, unit == null ? Float.NaN : unit[0] / unit[1]);
			float[] group = both != null && both[1] >= MIN_PEERS ? both
					: rank != null && rank[1] >= MIN_PEERS ? rank : all;
			float c2 = values[at + Feature.COMPLAINTS_2Y.ordinal()];
			float others = group[1] - 1;
			float mean = others <= 0 ? 0 : (group[0] - c2) / others;
			peerMean[row] = mean;
			peers[row] = (int) others;
			set(values, at, Feature.PEER_RATIO, (c2 + 0.5f) / (mean + 0.5f));
		}
	}

	private static void add(java.util.Map<Long, float[]> groups, long key, float value) {
		float[] group = groups.computeIfAbsent(key, k -> new float[2]);
		group[0] += value;
		group[1]++;
	}

	private static void set(float[] values, int at, Feature feature, float value) {
		values[at + feature.ordinal()] = value;
	}

	/** Distinct complaints against the officer received in [from, to). */
	static int distinctSince(AgencyHistory h, int officer, int from, int to) {
		int count = 0;
		int previous = -1;
		for (int i = h.officerStart[officer]; i < h.officerStart[officer + 1]; i++) {
			int c = h.allegationComplaint[i];
			if (c != previous && h.received[c] >= from && h.received[c] < to) {
				count++;
			}
			previous = c;
		}
		return count;
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
