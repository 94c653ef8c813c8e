package org.leoprotocol.earlywarning.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.earlywarning.Backtest;
import org.leoprotocol.earlywarning.backtest.Bootstrap;
import org.leoprotocol.earlywarning.backtest.ConfidenceInterval;
import org.leoprotocol.earlywarning.backtest.EvaluationLine;
import org.leoprotocol.earlywarning.backtest.RankingMethod;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo backtest --years 2016-2019 [--horizon 1y] [--budgets 1,2,5,10] [--agency CODE]}: ranks each year's
 * workforce with what was known on 1 January and prints, for every method, recall and precision at each budget with
 * bootstrap intervals, after the definitions a reader needs to judge them.
 */
@Component
public class BacktestCommand implements LeoCommand {

	static final int FIRST_YEAR = 1900;
	static final int LAST_YEAR = 2200;

	private final Backtest backtest;

	BacktestCommand(Backtest backtest) {
		this.backtest = backtest;
	}

	@Override
	public String name() {
		return "backtest";
	}

	@Override
	public String usage() {
		return "backtest --years 2016-2019|2016,2018 | --as-of DATE[,DATE...] [--horizon 1y] [--budgets 1,2,5,10] [--agency CODE]"
				+ "   (early-warning methods vs. count and threshold baselines)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		try {
			CommandOptions options = CommandOptions.parse(arguments,
					List.of("--as-of", "--years", "--horizon", "--budget",
							"--budgets", "--agency"));
			if (!options.positional().isEmpty()) {
				throw new IllegalArgumentException("Unexpected argument " + options.positional().get(0));
			}
			List<LocalDate> dates = dates(options.value("--years", null), options.value("--as-of", null));
			Period horizon = horizon(options.value("--horizon", "1y"));
			List<Double> budgets = budgets(options.value("--budgets", options.value("--budget", "1,2,5,10")));
			String agency = options.agency(backtest.agencies());
			print(backtest.run(agency, dates, horizon, budgets, Bootstrap.STANDARD), out);
			return 0;
		}
		catch (IllegalArgumentException ex) {
			out.println(ex.getMessage());
			out.println("usage: ./leo " + usage());
			return 2;
		}
	}

	/**
	 * 1 January of each year of {@code --years} (a range {@code 2016-2019} or a list), or the dates of {@code --as-of}.
	 */
	static List<LocalDate> dates(String years, String asOf) {
		if ((years == null) == (asOf == null)) {
			throw new IllegalArgumentException(
					"Give either --years (such as 2016-2019) or --as-of (such as 2017-01-01), one of them");
		}
		List<LocalDate> dates = new ArrayList<>();
		if (asOf != null) {
			for (String date : asOf.split(",", -1)) {
				try {
					dates.add(LocalDate.parse(date.strip()));
				}
				catch (DateTimeParseException ex) {
					throw new IllegalArgumentException("--as-of '" + date.strip() + "' is not a date like 2017-01-01");
				}
			}
			return dates;
		}
		String text = years.strip();
		if (text.matches("\\d{4}-\\d{4}")) {
			int first = year(text.substring(0, 4));
			int last = year(text.substring(5));
			if (last < first) {
				throw new IllegalArgumentException("--years '" + text + "' ends before it starts");
			}
			for (int year = first; year <= last; year++) {
				dates.add(LocalDate.of(year, 1, 1));
			}
			return dates;
		}
		for (String year : text.split(",", -1)) {
			dates.add(LocalDate.of(year(year.strip()), 1, 1));
		}
		return dates;
	}

	private static int year(String text) {
		if (!text.matches("\\d{4}") || Integer.parseInt(text) < FIRST_YEAR || Integer.parseInt(text) > LAST_YEAR) {
			throw new IllegalArgumentException(
					"--years: '" + text + "' is not a year like 2017 (a range 2016-2019 or a list 2016,2018)");
		}
		return Integer.parseInt(text);
	}

	static Period horizon(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (!value.matches("\\d{1,2}[ym]") || value.matches("0+[ym]")) {
			throw new IllegalArgumentException("--horizon '" + text + "' must look like 1y or 6m");
		}
		int amount = Integer.parseInt(value.substring(0, value.length() - 1));
		return value.endsWith("y") ? Period.ofYears(amount) : Period.ofMonths(amount);
	}

	/** Budgets in percent of the cohort, such as {@code 1,2,5,10} or {@code 5%}. */
	static List<Double> budgets(String text) {
		List<Double> budgets = new ArrayList<>();
		for (String one : text.split(",", -1)) {
			budgets.add(budget(one));
		}
		return budgets;
	}

	static double budget(String text) {
		try {
			double percent = Double.parseDouble(text.strip().replace("%", "").strip());
			if (!(percent > 0 && percent <= 100)) {
				throw new NumberFormatException();
			}
			return percent / 100;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(
					"--budgets '" + text.strip() + "' must be percentages above 0 and at most 100, like 1,2,5,10");
		}
	}

	static String words(Period horizon) {
		int months = (int) horizon.toTotalMonths();
		return months % 12 == 0 ? months / 12 + (months == 12 ? " year" : " years")
				: months + (months == 1 ? " month" : " months");
	}

	static void print(Backtest.Report report, PrintWriter out) {
		out.printf("Early-warning backtest: %s, horizon %s, budgets %s%n", report.agency(), words(report.horizon()),
				report.budgets().stream().map(BacktestCommand::percent).toList());
		out.println("Definitions:");
		out.println(
				"  cohort   the agency's workforce on the as-of date: appointed before it and not separated before it (roster dates),");
		out.println(
				"           officers without any complaint included; an officer with no appointment date counts from a first");
		out.println("           complaint received before the end of the horizon");
		out.println(
				"  known    each method sees only complaints received before the date, and a finding only if its complaint closed before it");
		out.println(
				"  positive a cohort officer named in an allegation received within the horizon after the date that was finally");
		out.println("           SUSTAINED; first-time officers (no complaint before the date) count too");
		out.println(
				"  budget   the share of the cohort an agency can review: a method flags its top ceil(budget x cohort) officers,");
		out.println(
				"           never one it scores 0; equal scores are ordered by the method's secondary indicators, then external id");
		out.println("           ('cut by id' marks a budget where the external id decided)");
		out.println("  recall   flagged positives / all positives;  precision  flagged positives / flagged officers");
		out.printf(
				"  interval 95 %% percentile bootstrap over officers, %,d resamples, seed %d, the same draws for every method%n",
				report.bootstrap().resamples(), report.bootstrap().seed());
		out.println("Methods:");
		for (RankingMethod method : report.methods()) {
			out.printf("  %-10s %s%n", method.name(), method.definition());
		}
		for (Backtest.Year year : report.years()) {
			out.println();
			out.printf(
					"As of %s: cohort %,d officers (%,d without appointment date); positives %,d (%.1f %%), of whom %,d first-time; "
							+ "%,d positives outside the cohort%n",
					year.asOf(), year.cohort(), year.withoutAppointmentDate(), year.positives(),
					year.cohort() == 0 ? 0 : 100.0 * year.positives() / year.cohort(), year.firstTimers(),
					year.positivesOutsideCohort());
			out.printf("  %-10s %7s %8s %8s %21s %21s %s%n", "method", "budget", "flagged", "correct",
					"recall [95 % CI]",
					"precision [95 % CI]", "");
			for (EvaluationLine line : year.lines()) {
				out.printf("  %-10s %7s %8d %8d %21s %21s %s%n", line.method(), percent(line.budget()), line.flagged(),
						line.truePositives(), withInterval(line.recall(), line.recallInterval()),
						withInterval(line.precision(), line.precisionInterval()),
						line.cutDecidedById() ? "cut by id" : "");
			}
		}
		if (report.years().size() > 1) {
			out.println();
			out.println("Mean over the years:");
			for (RankingMethod method : report.methods()) {
				for (double budget : report.budgets()) {
					double recall = report.years().stream().flatMap(year -> year.lines().stream())
						.filter(line -> line.method().equals(method.name()) && line.budget() == budget)
						.mapToDouble(EvaluationLine::recall).average().orElse(0);
					double precision = report.years().stream().flatMap(year -> year.lines().stream())
						.filter(line -> line.method().equals(method.name()) && line.budget() == budget)
						.mapToDouble(EvaluationLine::precision).average().orElse(0);
					out.printf("  %-10s %7s  recall %5.1f %%  precision %5.1f %%%n", method.name(), percent(budget),
							100 * recall,
							100 * precision);
				}
			}
		}
	}

	private static String percent(double share) {
		double percent = share * 100;
		return (percent == Math.rint(percent) ? String.valueOf((long) percent)
				: String.format(Locale.ROOT, "%.1f", percent)) + "%";
	}

	private static String withInterval(double value, ConfidenceInterval interval) {
		return String.format(Locale.ROOT, "%5.1f [%4.1f-%5.1f]", 100 * value, 100 * interval.low(),
				100 * interval.high());
	}
}
