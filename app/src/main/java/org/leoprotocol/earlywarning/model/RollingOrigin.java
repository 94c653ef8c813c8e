package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Training with a rolling origin (Tashman, "Out-of-sample tests of forecasting accuracy", IJF 2000): a model for the
 * date T learns from the officers serving on T − 1 year, T − 2 years, … (up to {@value #MAX_ORIGINS} origins), each
 * described by the features of its own origin and labelled by whether a complaint received within the following year
 * had been SUSTAINED and closed before T. Nothing received, closed or decided on or after T enters the model, so that
 * scoring on T uses what a supervisor could have known that morning. The most recent origin's labels are the least
 * complete (complaints still open on T count as not sustained); that is the price of honesty.
 */
final class RollingOrigin {

	static final int MAX_ORIGINS = 5;
	static final int MIN_ORIGINS = 2;
	static final int MIN_POSITIVES = 30;

	private RollingOrigin() {
	}

	/** Why an agency's history is too short for a model: a bundle key, and what was needed against what was found. */
	record TooLittle(String key, int needed, int found) {
	}

	static RollingFit train(AgencyHistory h, LocalDate asOf) {
		LocalDate[] period = h.period();
		List<LocalDate> origins = new ArrayList<>();
		for (int k = 1; k <= MAX_ORIGINS; k++) {
			LocalDate origin = asOf.minusYears(k);
			if (period != null && origin.isAfter(period[0].plusYears(1))) {
				origins.add(origin);
			}
		}
		if (origins.size() < MIN_ORIGINS) {
			return new RollingFit(null, asOf, origins, 0, 0,
					new TooLittle("ewmodel.fallback.years", MIN_ORIGINS + 1, origins.size() + 1));
		}
		List<FeatureTable> tables = new ArrayList<>();
		List<boolean[]> labels = new ArrayList<>();
		int rows = 0;
		int positives = 0;
		for (LocalDate origin : origins) {
			FeatureTable table = FeatureTable.of(h, origin);
			boolean[] outcome = FeatureTable.outcomes(h, table.officers, origin, origin.plusYears(1), asOf);
			tables.add(table);
			labels.add(outcome);
			rows += table.rows();
			for (boolean positive : outcome) {
				positives += positive ? 1 : 0;
			}
		}
		if (positives < MIN_POSITIVES) {
			return new RollingFit(null, asOf, origins, rows, positives,
					new TooLittle("ewmodel.fallback.positives", MIN_POSITIVES, positives));
		}
		float[] values = new float[rows * FeatureTable.WIDTH];
		float[] y = new float[rows];
		int at = 0;
		for (int i = 0; i < tables.size(); i++) {
			FeatureTable table = tables.get(i);
			System.arraycopy(table.values, 0, values, at * FeatureTable.WIDTH, table.values.length);
			for (int row = 0; row < table.rows(); row++) {
				y[at + row] = labels.get(i)[row] ? 1 : 0;
			}
			at += table.rows();
		}
		tables.clear();
		return new RollingFit(Trees.train(values, y, FeatureTable.WIDTH), asOf, origins, rows, positives, null);
	}
}
