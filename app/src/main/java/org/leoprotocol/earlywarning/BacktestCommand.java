package org.leoprotocol.earlywarning;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.LeoCommand;

import org.springframework.stereotype.Component;

/**
 * {@code ./leo backtest --as-of 2017-01-01 --horizon 1y --budget 5% [--agency NYC-CCRB]}: ranks officers with
 * what was known on the date and prints precision and recall at the budget next to the threshold rule.
 */
@Component
class BacktestCommand implements LeoCommand {

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
		return "backtest --as-of DATE [--horizon 1y] [--budget 5%] [--agency CODE]   (early-warning ranking vs. threshold rule)";
	}

	@Override
	public int run(List<String> arguments, PrintWriter out) {
		try {
			CommandOptions options = CommandOptions.parse(arguments, List.of("--as-of", "--horizon", "--budget", "--agency"));
			LocalDate asOf = LocalDate.parse(options.required("--as-of"));
			Period horizon = horizon(options.value("--horizon", "1y"));
			double budget = budget(options.value("--budget", "5%"));
			String agency = options.value("--agency", null);
			if (agency == null) {
				List<String> agencies = backtest.agencies();
				if (agencies.size() != 1) {
					out.println("Name the agency with --agency; the history holds " + agencies);
					return 2;
				}
				agency = agencies.get(0);
			}
			print(backtest.run(agency, asOf, horizon, budget), out);
			return 0;
		}
		catch (IllegalArgumentException | DateTimeParseException ex) {
			out.println(ex.getMessage());
			out.println("usage: ./leo " + usage());
			return 2;
		}
	}

	static Period horizon(String text) {
		String value = text.strip().toLowerCase(Locale.ROOT);
		if (!value.matches("\\d{1,2}[ym]")) {
			throw new IllegalArgumentException("--horizon '" + text + "' must look like 1y or 6m");
		}
		int amount = Integer.parseInt(value.substring(0, value.length() - 1));
		return value.endsWith("y") ? Period.ofYears(amount) : Period.ofMonths(amount);
	}

	static double budget(String text) {
		try {
			double percent = Double.parseDouble(text.strip().replace("%", ""));
			if (percent <= 0 || percent > 100) {
				throw new NumberFormatException();
			}
			return percent / 100;
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("--budget '" + text + "' must be a percentage like 5%");
		}
	}

	static String words(Period horizon) {
		int months = (int) horizon.toTotalMonths();
		return months % 12 == 0 ? months / 12 + (months == 12 ? " year" : " years") : months + (months == 1 ? " month" : " months");
	}

	private static void print(Backtest.Result result, PrintWriter out) {
		out.printf("Early-warning backtest: %s, as of %s, horizon %s, review budget %.1f %%%n", result.agency(), result.asOf(),
				words(result.horizon()), result.budget() * 100);
		out.printf("Cohort: %d officers with history before the date; %d (%.1f %%) had an allegation received within the horizon that was SUSTAINED%n",
				result.cohort(), result.positives(), result.cohort() == 0 ? 0 : 100.0 * result.positives() / result.cohort());
		out.printf("%-44s %8s %8s %10s %8s%n", "method", "flagged", "correct", "precision", "recall");
		for (Backtest.Line line : result.lines()) {
			out.printf("%-44s %8d %8d %9.1f%% %7.1f%%%n", line.method(), line.flagged(), line.truePositives(),
					100 * line.precision(), 100 * line.recall());
		}
	}
}
