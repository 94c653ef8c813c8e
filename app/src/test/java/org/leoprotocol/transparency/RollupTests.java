package org.leoprotocol.transparency;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RollupTests {

	@Test
	void aCellAddsToItselfAndToEveryTotalAboveIt() {
		assertThat(Rollup.of(2026, "CENTRAL-A", "FORCE")).containsExactlyInAnyOrder(
				List.of(2026, "CENTRAL-A", "FORCE"), List.of(2026, "CENTRAL-A", "*"), List.of(2026, "*", "FORCE"),
				List.of(2026, "*", "*"),
				List.of(0, "CENTRAL-A", "FORCE"), List.of(0, "CENTRAL-A", "*"), List.of(0, "*", "FORCE"),
				List.of(0, "*", "*"));
	}

	@Test
	void aYearAloneHasItsTotalOverAllYears() {
		assertThat(Rollup.of(2026)).containsExactlyInAnyOrder(List.of(2026), List.of(0));
	}
}
