package org.leoprotocol.transparency;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PortalFilterTests {

	@Test
	void nothingChosenMeansEverything() {
		assertThat(PortalFilter.of(null, " ", null))
			.isEqualTo(new PortalFilter(Rollup.ALL_YEARS, Rollup.ALL, Rollup.ALL));
		assertThat(PortalFilter.of(null, null, null).query()).isEmpty();
	}

	@Test
	void theChoiceCanBeLinked() {
		assertThat(PortalFilter.of(2026, "CENTRAL-A", "FORCE").query())
			.isEqualTo("?year=2026&unit=CENTRAL-A&category=FORCE");
	}

	@Test
	void unknownCategoriesAndImpossibleYearsAreRefused() {
		assertThatThrownBy(() -> PortalFilter.of(null, null, "GOSSIP")).isInstanceOf(InvalidInput.class)
			.hasMessageContaining("GOSSIP");
		assertThatThrownBy(() -> PortalFilter.of(12, null, null)).isInstanceOf(InvalidInput.class);
	}
}
