package org.leoprotocol.earlywarning;

import java.time.Period;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BacktestCommandTests {

	@Test
	void readsHorizonsAndBudgets() {
		assertThat(BacktestCommand.horizon("1y")).isEqualTo(Period.ofYears(1));
		assertThat(BacktestCommand.horizon("6m")).isEqualTo(Period.ofMonths(6));
		assertThat(BacktestCommand.budget("5%")).isEqualTo(0.05);
		assertThat(BacktestCommand.words(Period.ofYears(1))).isEqualTo("1 year");
		assertThat(BacktestCommand.words(Period.ofMonths(6))).isEqualTo("6 months");
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> BacktestCommand.horizon("a year")).hasMessage("--horizon 'a year' must look like 1y or 6m");
		assertThatThrownBy(() -> BacktestCommand.budget("150%")).hasMessage("--budget '150%' must be a percentage like 5%");
	}
}
