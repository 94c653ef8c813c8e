package org.leoprotocol.earlywarning.model;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.earlywarning.ModelExplainer;
import org.leoprotocol.earlywarning.ModelExplanation;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Explains live flags with the newest model each agency trained for a date on or before today. The features are
 * computed as of the flag's date from everything recorded before it, and one XGBoost call gives the TreeSHAP
 * contributions of all the agency's flagged officers at once; their sum with the bias is the estimate's log-odds.
 */
@Component
class LiveFlagExplainer implements ModelExplainer {

	private final AgencyHistories histories;
	private final ModelRecords records;
	private final LearnedModels models;
	private final MessageSource messages;

	LiveFlagExplainer(AgencyHistories histories, ModelRecords records, LearnedModels models, MessageSource messages) {
		this.histories = histories;
		this.records = records;
		this.models = models;
		this.messages = messages;
	}

	@Override
	public Map<UUID, ModelExplanation> explain(Collection<UUID> officers, LocalDate asOf, Locale locale) {
		Map<String, List<UUID>> byAgency = new HashMap<>();
		histories.agencies(officers)
			.forEach((officer, agency) -> byAgency.computeIfAbsent(agency, a -> new ArrayList<>()).add(officer));
		Map<UUID, ModelExplanation> explained = new HashMap<>();
		byAgency.forEach((agency, ids) -> explained.putAll(agency(agency, ids, asOf, locale)));
		return explained;
	}

	private Map<UUID, ModelExplanation> agency(String agency, List<UUID> officers, LocalDate asOf, Locale locale) {
		Optional<StoredModel> stored = records.latest(agency, asOf);
		String card = ModelRoutes.page(agency);
		Map<UUID, ModelExplanation> explained = new HashMap<>();
		if (stored.isEmpty() || stored.get().trees() == null) {
			String fallback = messages.getMessage("ewmodel.flag.fallback",
					new Object[] { models.fallbackWords(stored.map(StoredModel::card).orElse(null), locale) },
					locale);
			officers.forEach(
					officer -> explained.put(officer, new ModelExplanation(false, fallback, "", List.of(), "", card)));
			return explained;
		}
		AgencyHistory history = histories.load(agency);
		FeatureTable table = FeatureTable.of(history, asOf);
		Map<UUID, Integer> rowOf = new HashMap<>();
		for (int row = 0; row < table.rows(); row++) {
			rowOf.put(history.officerIds[table.officers[row]], row);
		}
		List<UUID> serving = officers.stream().filter(rowOf::containsKey).toList();
		String notServing = messages.getMessage("ewmodel.flag.notServing", new Object[] { asOf.minusDays(1) }, locale);
		officers.stream().filter(officer -> !rowOf.containsKey(officer))
			.forEach(officer -> explained.put(officer,
					new ModelExplanation(false, notServing, "", List.of(), "", card)));
		int[] rows = serving.stream().mapToInt(rowOf::get).toArray();
		Trees trees = Trees.load(stored.get().trees());
		float[][] contributions;
		try {
			contributions = trees.contributions(table, rows);
		}
		finally {
			trees.close();
		}
		NumberFormat number = NumberFormat.getNumberInstance(locale);
		number.setMaximumFractionDigits(2);
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(1);
		String method = messages.getMessage("ewmodel.flag.learned", new Object[] { stored.get().card().asOf() },
				locale);
		for (int i = 0; i < rows.length; i++) {
			int row = rows[i];
			String peers = messages.getMessage("ewmodel.peers",
					new Object[] { number.format(table.value(row, Feature.COMPLAINTS_2Y)),
							table.peers[row], number.format(table.peerMean[row]) },
					locale);
			explained.put(serving.get(i),
					new ModelExplanation(true, method, percent.format(probability(contributions[i])),
							models.reasons(table, contributions[i], row, number, locale), peers, card));
		}
		return explained;
	}

	/** The estimate from its contributions: their sum with the bias (last column) is its log-odds. */
	static double probability(float[] contributions) {
		double logOdds = 0;
		for (float contribution : contributions) {
			logOdds += contribution;
		}
		return 1 / (1 + Math.exp(-logOdds));
	}
}
