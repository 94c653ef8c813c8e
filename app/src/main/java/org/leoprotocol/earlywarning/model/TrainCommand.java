package org.leoprotocol.earlywarning.model;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo train --agency CODE [--as-of DATE]}: trains the agency's model for the date (today by default) with a
 * rolling origin, validates it on the four years before, stores it and prints its card.
 * {@code ./leo train --agency CODE --evaluate 2016,2017,2018,2019}: judges the method on those held-out years with
 * final findings (a backtest on a finished history) against count-ranking, with a bootstrap interval; stores nothing.
 */
@Component
class TrainCommand implements LeoCommand {

	private final LearnedModels models;
	private final AgencyHistories histories;
	private final Clock clock;

	TrainCommand(LearnedModels models, AgencyHistories histories, Clock clock) {
		this.models = models;
		this.histories = histories;
		this.clock = clock;
	}

	@Override
	public String name() {
		return "train";
	}

	@Override
	public String usage() {
		return "train --agency CODE [--as-of DATE] [--evaluate YEAR,YEAR,...]   (learned early-warning model per agency)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		try {
			Map<String, String> options = options(arguments);
			String agency = options.get("--agency");
			if (agency == null) {
				throw new IllegalArgumentException("--agency is required; the history holds " + models.agencies());
			}
			if (!histories.exists(agency)) {
				throw new IllegalArgumentException(
						"No history is imported for agency " + agency + "; the history holds " + models.agencies());
			}
			if (options.containsKey("--evaluate")) {
				evaluate(agency, years(options.get("--evaluate")), out);
				return 0;
			}
			LocalDate asOf = options.containsKey("--as-of") ? LocalDate.parse(options.get("--as-of"))
					: LocalDate.now(clock);
			long started = System.nanoTime();
			ModelCard card = models.train(agency, asOf, Actor.staff("command line"));
			print(card, out);
			out.printf("Took %.1f s%n", (System.nanoTime() - started) / 1e9);
			return 0;
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			out.println(ex.getMessage());
			out.println("usage: ./leo " + usage());
			return 2;
		}
	}

	private void evaluate(String agency, List<LocalDate> years, PrintWriter out) {
		long started = System.nanoTime();
		AgencyHistory history = histories.load(agency);
		out.printf("Loaded %s: %d officers, %d complaints, %d allegations in %.1f s%n", agency, history.officers(),
				history.complaints(),
				history.allegations(), (System.nanoTime() - started) / 1e9);
		Validation.Result result = Validation.run(history, years, LearnedModels.BUDGET, null, 20261206L);
		out.println(
				"Held-out years, budget 5 %, outcome: an allegation received within the year after the date, finally SUSTAINED");
		out.printf("%-12s %8s %9s %7s %14s %14s %8s%n", "as of", "cohort", "positives", "budget", "model recall",
				"count recall", "model");
		for (Validation.Year year : result.years()) {
			out.printf("%-12s %8d %9d %7d %13.1f%% %13.1f%% %8s%n", year.asOf(), year.cohort(), year.positives(),
					year.budget(),
					100 * year.modelRecall(), 100 * year.countRecall(), year.trained() ? "trees" : "rules");
		}
		out.printf(
				"Mean recall: model %.1f %%, count-ranking %.1f %%; relative improvement %+.1f %% (bootstrap 95 %% interval %+.1f %% to %+.1f %%, %d replicates)%n",
				100 * result.meanModel(), 100 * result.meanCount(), 100 * result.relative(), 100 * result.low(),
				100 * result.high(),
				Validation.REPLICATES);
		out.println(
				"Fairness (all held-out officer-years): attribute, value, officer-years, selection rate and false-positive rate of the model, then of count-ranking");
		for (Validation.Group group : result.fairness()) {
			out.printf("  %-7s %-30s %8d %7.1f%% %7.1f%% | %7.1f%% %7.1f%%%n", group.attribute(),
					group.value().isEmpty() ? "(not recorded)" : group.value(), group.officers(),
					100 * group.selectionRate(),
					100 * group.falsePositiveRate(), 100 * group.countSelectionRate(),
					100 * group.countFalsePositiveRate());
		}
		out.printf("Took %.1f s%n", (System.nanoTime() - started) / 1e9);
	}

	private static void print(ModelCard card, PrintWriter out) {
		out.printf("Model for %s as of %s: %s%n", card.agency(), card.asOf(),
				card.trained() ? "gradient-boosted trees"
						: "none; the rule score stands in (" + card.fallbackKey() + ": needed "
								+ card.fallbackNeeded() + ", found " + card.fallbackFound() + ")");
		out.printf("Data: %d officers, %d complaints, %d allegations, complaints received %s to %s%n", card.officers(),
				card.complaints(),
				card.allegations(), card.firstComplaint(), card.lastComplaint());
		out.printf("Training: origins %s, %d officer-years, %d positives%n", card.origins(), card.trainingRows(),
				card.trainingPositives());
		for (ModelCard.YearFigures year : card.validation()) {
			out.printf("  held out %s: cohort %d, positives %d, recall at 5 %%: model %.1f %%, count-ranking %.1f %%%n",
					year.asOf(),
					year.cohort(), year.positives(), 100 * year.modelRecall(), 100 * year.countRecall());
		}
		out.printf(
				"Mean recall: model %.1f %%, count-ranking %.1f %% (relative %+.1f %%, interval %+.1f %% to %+.1f %%)%n",
				100 * card.meanRecall(), 100 * card.meanCountRecall(), 100 * card.relativeImprovement(),
				100 * card.intervalLow(),
				100 * card.intervalHigh());
	}

	static List<LocalDate> years(String text) {
		List<LocalDate> years = new ArrayList<>();
		for (String part : text.split(",", -1)) {
			String year = part.strip();
			if (!year.matches("\\d{4}")) {
				throw new IllegalArgumentException(
						"--evaluate '" + text + "' must list years like 2016,2017,2018,2019");
			}
			years.add(LocalDate.of(Integer.parseInt(year), 1, 1));
		}
		return years;
	}

	private static Map<String, String> options(List<String> arguments) {
		List<String> known = List.of("--agency", "--as-of", "--evaluate");
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			String value = null;
			if (argument.contains("=")) {
				value = argument.substring(argument.indexOf('=') + 1);
				argument = argument.substring(0, argument.indexOf('='));
			}
			if (!known.contains(argument)) {
				throw new IllegalArgumentException("Unknown option " + argument);
			}
			if (value == null) {
				if (i + 1 == arguments.size()) {
					throw new IllegalArgumentException(argument + " needs a value");
				}
				value = arguments.get(++i);
			}
			options.put(argument, value);
		}
		return options;
	}
}
