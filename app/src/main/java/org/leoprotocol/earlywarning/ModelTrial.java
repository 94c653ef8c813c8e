package org.leoprotocol.earlywarning;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.earlywarning.model.HistoryInMemory;

/**
 * The learned model trained and applied on an agency's history held in memory instead of read from the database: how
 * long training takes (five rolling origins: features and trees), and how long ranking every officer serving on a date
 * with the model's contributions takes. The model's benchmark drives it; the application itself never does.
 */
public final class ModelTrial {

	private final HistoryInMemory history;

	/** An empty history of the agency {@code agency}. */
	public ModelTrial(String agency) {
		this.history = new HistoryInMemory(agency);
	}

	/** The allegation categories the model counts, in the order of its features. */
	public static List<String> categories() {
		return HistoryInMemory.categories();
	}

	/** An officer; {@code separated} is null while serving, {@code name} may be null. */
	public ModelTrial officer(UUID id, String externalId, String name, String rank, String unit, LocalDate hired,
			LocalDate separated, String race, String gender) {
		history.officer(id, externalId, name, rank, unit, hired, separated, race, gender);
		return this;
	}

	/** A complaint; {@code closed} is null while it is open. */
	public ModelTrial complaint(UUID id, LocalDate received, LocalDate closed) {
		history.complaint(id, received, closed);
		return this;
	}

	/** An allegation of a complaint against an officer, in one of {@link #categories()}. */
	public ModelTrial allegation(UUID complaint, UUID officer, String category, String finding) {
		history.allegation(complaint, officer, category, finding);
		return this;
	}

	/** Trains the model as of {@code asOf}, then ranks every officer serving on that date with contributions. */
	public Result run(LocalDate asOf) {
		return history.run(asOf);
	}

	/**
	 * What a trial took: the history's size, the training's origins, officer-years and positives, and the ranking's
	 * size, top score and number of contribution columns.
	 */
	public record Result(int officers, int complaints, int allegations, List<LocalDate> origins, int rows,
			int positives, Duration training, int ranked, Duration ranking, float topScore, int contributionColumns) {

		public Result {
			origins = List.copyOf(origins);
		}
	}
}
