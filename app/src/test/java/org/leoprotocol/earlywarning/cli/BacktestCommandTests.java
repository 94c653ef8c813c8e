package org.leoprotocol.earlywarning.cli;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacktestCommandTests {

	@Test
	void readsHorizonsAndBudgets() {
		assertThat(BacktestCommand.horizon("1y")).isEqualTo(Period.ofYears(1));
		assertThat(BacktestCommand.horizon("6m")).isEqualTo(Period.ofMonths(6));
		assertThat(BacktestCommand.budget("5%")).isEqualTo(0.05);
		assertThat(BacktestCommand.budgets("1,2,5,10")).containsExactly(0.01, 0.02, 0.05, 0.10);
		assertThat(BacktestCommand.budgets("2.5%")).containsExactly(0.025);
		assertThat(BacktestCommand.words(Period.ofYears(1))).isEqualTo("1 year");
		assertThat(BacktestCommand.words(Period.ofMonths(6))).isEqualTo("6 months");
	}

	@Test
	void readsYearsAsRangesOrListsAndDatesAsTheyAre() {
		assertThat(BacktestCommand.dates("2016-2019", null)).containsExactly(LocalDate.of(2016, 1, 1),
				LocalDate.of(2017, 1, 1),
				LocalDate.of(2018, 1, 1), LocalDate.of(2019, 1, 1));
		assertThat(BacktestCommand.dates("2014, 2017", null)).containsExactly(LocalDate.of(2014, 1, 1),
				LocalDate.of(2017, 1, 1));
		assertThat(BacktestCommand.dates(null, "2017-07-01,2018-01-01")).containsExactly(LocalDate.of(2017, 7, 1),
				LocalDate.of(2018, 1, 1));
	}

	@Test
	void refusesNonsenseWithTheArgumentNamed() {
		assertThatThrownBy(() -> BacktestCommand.horizon("a year"))
			.hasMessage("--horizon 'a year' must look like 1y or 6m");
		assertThatThrownBy(() -> BacktestCommand.horizon("0y")).hasMessage("--horizon '0y' must look like 1y or 6m");
		assertThatThrownBy(() -> BacktestCommand.budget("150%"))
			.hasMessage("--budgets '150%' must be percentages above 0 and at most 100, like 1,2,5,10");
		assertThatThrownBy(() -> BacktestCommand.budgets("5,x")).hasMessageStartingWith("--budgets 'x'");
		assertThatThrownBy(() -> BacktestCommand.dates("2019-2016", null))
			.hasMessage("--years '2019-2016' ends before it starts");
		assertThatThrownBy(() -> BacktestCommand.dates("17", null))
			.hasMessageStartingWith("--years: '17' is not a year");
		assertThatThrownBy(() -> BacktestCommand.dates(null, "2017-13-01"))
			.hasMessage("--as-of '2017-13-01' is not a date like 2017-01-01");
		assertThatThrownBy(() -> BacktestCommand.dates(null, null)).hasMessageStartingWith("Give either --years");
		assertThatThrownBy(() -> BacktestCommand.dates("2017", "2017-01-01"))
			.hasMessageStartingWith("Give either --years");
	}

	@Test
	void anUnknownOptionIsNamed() {
		assertThatThrownBy(() -> CommandOptions.parse(List.of("--yeras", "2017"), List.of("--years")))
			.hasMessage("Unknown option --yeras");
	}
}
