package org.leoprotocol.earlywarning.model;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.earlywarning.ModelTrial;

/**
 * An agency's history built in memory, the way {@link ModelTrial} trains and ranks on it without the database.
 */
public final class HistoryInMemory {

	private final AgencyHistoryBuilder builder;

	public HistoryInMemory(String agency) {
		this.builder = new AgencyHistoryBuilder(agency);
	}

	public static List<String> categories() {
		return List.of(AgencyHistory.CATEGORIES);
	}

	public void officer(UUID id, String externalId, String name, String rank, String unit, LocalDate hired,
			LocalDate separated, String race, String gender) {
		builder.officer(id, externalId, name, rank, unit, hired, separated, race, gender);
	}

	public void complaint(UUID id, LocalDate received, LocalDate closed) {
		builder.complaint(id, received, closed);
	}

	public void allegation(UUID complaint, UUID officer, String category, String finding) {
		builder.allegation(complaint, officer, category, finding);
	}

	/** Trains as of {@code asOf} and ranks the officers serving then, timing each part. */
	public ModelTrial.Result run(LocalDate asOf) {
		AgencyHistory history = builder.build();
		long started = System.nanoTime();
		RollingFit fit = RollingOrigin.train(history, asOf);
		Duration training = Duration.ofNanos(System.nanoTime() - started);
		try {
			long ranked = System.nanoTime();
			FeatureTable table = FeatureTable.of(history, asOf);
			float[] scores = fit.trees().scores(table);
			float[][] contributions = fit.trees().contributions(table);
			int[] order = Validation.order(table, scores);
			Duration ranking = Duration.ofNanos(System.nanoTime() - ranked);
			return new ModelTrial.Result(history.officers(), history.complaints(), history.allegations(),
					fit.origins(), fit.rows(), fit.positives(), training, order.length, ranking, scores[order[0]],
					contributions[0].length);
		}
		finally {
			fit.trees().close();
		}
	}
}
