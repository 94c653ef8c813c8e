package org.leoprotocol.earlywarning.model;

import java.util.Arrays;

import static org.leoprotocol.earlywarning.model.FeatureTable.WIDTH;
import static org.leoprotocol.earlywarning.model.FeatureTable.set;

/**
 * The features a {@link FeatureTable} reads from an officer's complaints before the date: how many in one, two and five
 * years and in the career, how many still open, by category and finding, how long since the first and the last, and the
 * officers accused with them and their own recent complaints. One pass over each officer's allegations, with the
 * counters on the stack.
 */
@SuppressWarnings("EnumOrdinal") // a feature's ordinal is its column in the columnar feature table
final class ComplaintFeatures {

	private ComplaintFeatures() {
	}

	/** Fills the complaint features of each cohort row in {@code values}, counting only what came before the day. */
	static void fill(AgencyHistory h, int[] cohort, int day, float[] values) {
		int year = day - 365;
		int twoYears = day - 730;
		int fiveYears = day - 1826;
		int[] recent = new int[h.officers()];
		for (int o = 0; o < h.officers(); o++) {
			recent[o] = distinctSince(h, o, twoYears, day);
		}
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
}
