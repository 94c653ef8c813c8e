package org.leoprotocol.earlywarning.model;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.shared.Actor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Trains, stores and applies an agency's learned model. Training for a date T validates on the (up to)
 * {@value #VALIDATION_YEARS} years before it, each with its own rolling origin and with outcomes known by T, then
 * trains the model on all origins before T and stores it with its card. Applying it to a date on or after T ranks the
 * officers serving then and explains the top of the list: the model's strongest contributions in words and the
 * officer's complaints against peers of the same unit and rank. Where the agency has no model, or too little history
 * for one, the rule score ranks and the page says so.
 */
@Service
public class LearnedModels {

	static final int VALIDATION_YEARS = 4;
	static final double BUDGET = 0.05;
	static final int REASONS = 3;

	private final AgencyHistories histories;
	private final ModelRecords records;
	private final EarlyWarning earlyWarning;
	private final MessageSource messages;
	private final Clock clock;

	LearnedModels(AgencyHistories histories, ModelRecords records, EarlyWarning earlyWarning, MessageSource messages,
			Clock clock) {
		this.histories = histories;
		this.records = records;
		this.earlyWarning = earlyWarning;
		this.messages = messages;
		this.clock = clock;
	}

	/** Trains the agency's model for the date, validates it on the years before, and stores both. */
	public ModelCard train(String agency, LocalDate asOf, Actor actor) {
		if (!histories.exists(agency)) {
			throw ModelRefused.noHistory(agency);
		}
		AgencyHistory history = histories.load(agency);
		return train(history, asOf, actor);
	}

	ModelCard train(AgencyHistory history, LocalDate asOf, Actor actor) {
		List<LocalDate> years = new ArrayList<>();
		for (int k = VALIDATION_YEARS; k >= 1; k--) {
			years.add(asOf.minusYears(k));
		}
		Validation.Result validation = Validation.run(history, years, BUDGET, asOf, asOf.toEpochDay());
		RollingFit fit = RollingOrigin.train(history, asOf);
		ModelCard card = ModelCard.of(history, fit, validation, BUDGET, clock.instant());
		byte[] trees = fit.trained() ? fit.trees().bytes() : null;
		if (fit.trained()) {
			fit.trees().close();
		}
		records.store(card, trees, actor.username());
		return card;
	}

	/** The card of the agency's newest model, whatever date it was trained for. */
	public Optional<ModelCard> card(String agency) {
		return records.latest(agency, LocalDate.of(9999, 12, 31)).map(StoredModel::card);
	}

	public List<String> agencies() {
		return earlyWarning.agencies();
	}

	/**
	 * Scores with the newest stored model trained for a date on or before {@code asOf}; with {@code trainIfMissing}, a
	 * model trained now for exactly that date when none is stored (not stored); otherwise the rule score.
	 */
	Scores scores(String agency, LocalDate asOf, boolean trainIfMissing) {
		Applied applied = apply(agency, asOf, trainIfMissing);
		return applied.scores();
	}

	public Flagged flagged(String agency, LocalDate asOf, Locale locale) {
		Applied applied = apply(agency, asOf, false);
		Scores scores = applied.scores();
		int k = (int) Math.ceil(BUDGET * scores.officers().size());
		List<ExplainedOfficer> explained = new ArrayList<>();
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(2);
		for (int place = 0; place < k && place < scores.officers().size(); place++) {
			ScoredOfficer officer = scores.officers().get(place);
			List<String> reasons = new ArrayList<>();
			String peers = "";
			if (applied.table() != null) {
				int row = applied.order()[place];
				reasons = reasons(applied.table(), applied.contributions()[place], row, number, locale);
				peers = messages.getMessage("ewmodel.peers",
						new Object[] { number.format(applied.table().value(row, Feature.COMPLAINTS_2Y)),
								applied.table().peers[row], number.format(applied.table().peerMean[row]) },
						locale);
			}
			explained
				.add(new ExplainedOfficer(place + 1, officer.name().isBlank() ? officer.externalId() : officer.name(),
						officer.externalId(), number.format(officer.score()), reasons, peers));
		}
		String method = scores.learned()
				? messages.getMessage("ewmodel.method.learned", new Object[] { scores.card().asOf() }, locale)
				: fallbackWords(scores.card(), locale);
		return new Flagged(agency, asOf, scores.learned(), scores.officers().size(), method, explained);
	}

	/** Why the rule score ranks instead of a model, in words. */
	String fallbackWords(ModelCard card, Locale locale) {
		if (card == null) {
			return messages.getMessage("ewmodel.fallback.none", null, locale);
		}
		return messages.getMessage(card.fallbackKey(), new Object[] { card.fallbackNeeded(), card.fallbackFound() },
				locale);
	}

	/** The strongest contributions that raise the score, in words, strongest first. */
	List<String> reasons(FeatureTable table, float[] contributions, int row, NumberFormat number, Locale locale) {
		Integer[] features = new Integer[FeatureTable.WIDTH];
		for (int f = 0; f < features.length; f++) {
			features[f] = f;
		}
		Arrays.sort(features, Comparator.comparingDouble(f -> -contributions[f]));
		List<String> reasons = new ArrayList<>();
		for (int i = 0; i < REASONS && contributions[features[i]] > 0; i++) {
			@SuppressWarnings("EnumOrdinal") // contribution columns are in the features' declared order
			Feature feature = Feature.values()[features[i]];
			float value = table.value(row, feature);
			String shown = Float.isNaN(value) ? messages.getMessage("ewmodel.unknown", null, locale)
					: number.format(value);
			reasons.add(messages.getMessage("ewmodel.reason",
					new Object[] { messages.getMessage(feature.key(), new Object[] { shown }, locale),
							number.format(contributions[features[i]]) },
					locale));
		}
		return reasons;
	}

	/**
	 * Scores and, for the learned model, the table behind them, the table's rows in ranked order, and the contributions
	 * of the top {@value #BUDGET} of them (in ranked order), which are all a page explains.
	 */
	@SuppressWarnings("ArrayRecordComponent") // columnar model output on the ranking's hot path; a private carrier,
												// never compared
	private record Applied(Scores scores, FeatureTable table, int[] order, float[][] contributions) {
	}

	private Applied apply(String agency, LocalDate asOf, boolean trainIfMissing) {
		if (!histories.exists(agency)) {
			throw ModelRefused.noHistory(agency);
		}
		Optional<StoredModel> stored = records.latest(agency, asOf);
		AgencyHistory history = histories.load(agency);
		Trees trees = null;
		ModelCard card = stored.map(StoredModel::card).orElse(null);
		if (stored.isPresent() && stored.get().trees() != null) {
			trees = Trees.load(stored.get().trees());
		}
		else if (stored.isEmpty() && trainIfMissing) {
			RollingFit fit = RollingOrigin.train(history, asOf);
			trees = fit.trees();
			card = ModelCard.of(history, fit, null, BUDGET, clock.instant());
		}
		if (trees == null) {
			List<ScoredOfficer> ranked = earlyWarning.ranking(agency, asOf).stream()
				.map(r -> new ScoredOfficer(r.indicators().officerId(), r.indicators().externalId(),
						r.indicators().name(),
						r.score()))
				.toList();
			return new Applied(new Scores(agency, asOf, false, card, ranked), null, null, null);
		}
		try {
			FeatureTable table = FeatureTable.of(history, asOf);
			float[] probabilities = trees.scores(table);
			int[] order = Validation.order(table, probabilities);
			int k = (int) Math.ceil(BUDGET * order.length);
			float[][] contributions = trees.contributions(table, java.util.Arrays.copyOf(order, k));
			List<ScoredOfficer> ranked = new ArrayList<>();
			for (int row : order) {
				int o = table.officers[row];
				ranked.add(new ScoredOfficer(history.officerIds[o], history.externalIds[o],
						history.names[o] == null ? "" : history.names[o],
						probabilities[row]));
			}
			return new Applied(new Scores(agency, asOf, true, card, ranked), table, order, contributions);
		}
		finally {
			trees.close();
		}
	}
}
