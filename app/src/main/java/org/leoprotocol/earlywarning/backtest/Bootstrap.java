package org.leoprotocol.earlywarning.backtest;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The percentile bootstrap over officers (Efron and Tibshirani 1993, ch. 13): the cohort is drawn again with
 * replacement {@code resamples} times, each method's flags kept as they were (an agency flags once), and recall and
 * precision recomputed on each draw; the 2.5th and 97.5th percentiles bound the 95 % interval. Every method is scored
 * on the same draws, so their intervals are comparable. A fixed seed makes a run repeatable.
 */
@org.springframework.modulith.NamedInterface("backtest")
public record Bootstrap(int resamples, long seed) {

	/** 1,000 resamples from a fixed seed. */
	public static final Bootstrap STANDARD = new Bootstrap(1000, 20261206L);

	public Bootstrap {
		if (resamples < 1) {
			throw new IllegalArgumentException("A bootstrap needs at least one resample");
		}
	}

	/** Draws the cohort of {@code size} officers again {@code resamples} times, in a repeatable order. */
	void draw(int size, Draw each) {
		SplittableRandom random = new SplittableRandom(seed);
		int[] counts = new int[size];
		for (int r = 0; r < resamples; r++) {
			Arrays.fill(counts, 0);
			for (int i = 0; i < size; i++) {
				counts[random.nextInt(size)]++;
			}
			each.accept(r, counts);
		}
	}

	/**
	 * The 95 % interval of the draws' values; a draw where the measure is undefined (no positive drawn, for recall;
	 * nobody flagged drawn, for precision) is left out, and with no defined draw the interval is [0, 0].
	 */
	static ConfidenceInterval interval(double[] values) {
		double[] sorted = Arrays.stream(values).filter(value -> !Double.isNaN(value)).sorted().toArray();
		if (sorted.length == 0) {
			return new ConfidenceInterval(0, 0);
		}
		int last = sorted.length - 1;
		return new ConfidenceInterval(sorted[(int) Math.round(0.025 * last)], sorted[(int) Math.round(0.975 * last)]);
	}
}
