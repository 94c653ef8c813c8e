package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * A small made-up agency for fast model tests: officers in four units and two ranks, of whom one in eight has a much
 * higher complaint rate and a higher chance that an allegation is sustained, so that a model has something to learn;
 * every officer is appointed on a known date and some separate. Complaints sometimes name two officers. Deterministic
 * for a seed.
 */
final class SyntheticAgency {

	static final String AGENCY = "TEST-PD";

	private SyntheticAgency() {
	}

	/**
	 * Officers and complaints from {@code firstYear} to {@code lastYear}; {@code extra} adds to the builder before
	 * building.
	 */
	static AgencyHistoryBuilder builder(int officers, int firstYear, int lastYear, long seed) {
		SplittableRandom random = new SplittableRandom(seed);
		AgencyHistoryBuilder builder = new AgencyHistoryBuilder(AGENCY);
		UUID[] ids = new UUID[officers];
		boolean[] risky = new boolean[officers];
		for (int o = 0; o < officers; o++) {
			ids[o] = new UUID(1, o);
			risky[o] = o % 8 == 0;
			LocalDate hired = LocalDate.of(firstYear - 1 - random.nextInt(15), 1 + random.nextInt(12), 1);
			LocalDate separated = o % 13 == 0 ? LocalDate.of(lastYear - 1, 6, 1) : null;
			builder.officer(ids[o], "E" + o, "Officer " + o, o % 3 == 0 ? "SGT" : "PO", "U" + (o % 4), hired, separated,
					o % 2 == 0 ? "White" : "Black", o % 5 == 0 ? "F" : "M");
		}
		String[] categories = AgencyHistory.CATEGORIES;
		long complaint = 0;
		for (int year = firstYear; year <= lastYear; year++) {
			for (int o = 0; o < officers; o++) {
				double rate = risky[o] ? 1.6 : 0.25;
				int n = poisson(random, rate);
				for (int k = 0; k < n; k++) {
					UUID id = new UUID(2, complaint++);
					LocalDate received = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
					builder.complaint(id, received, received.plusDays(60 + random.nextInt(200)));
					String finding = random.nextDouble() < (risky[o] ? 0.35 : 0.06) ? "SUSTAINED"
							: random.nextBoolean() ? "NOT_SUSTAINED" : "UNFOUNDED";
					builder.allegation(id, ids[o], categories[random.nextInt(categories.length)], finding);
					if (random.nextDouble() < 0.2) {
						int other = random.nextInt(officers);
						if (other != o) {
							builder.allegation(id, ids[other], categories[random.nextInt(categories.length)],
									"NOT_SUSTAINED");
						}
					}
				}
			}
		}
		builder.commendation(ids[1], LocalDate.of(lastYear - 1, 3, 1));
		builder.protocolFinding(ids[2], LocalDate.of(lastYear - 1, 3, 1), null);
		return builder;
	}

	private static int poisson(SplittableRandom random, double mean) {
		double limit = Math.exp(-mean);
		double product = random.nextDouble();
		int n = 0;
		while (product > limit) {
			product *= random.nextDouble();
			n++;
		}
		return n;
	}
}
