package org.leoprotocol.transparency;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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
		assertThatIllegalArgumentException().isThrownBy(() -> PortalFilter.of(null, null, "GOSSIP"))
			.withMessageContaining("GOSSIP");
		assertThatIllegalArgumentException().isThrownBy(() -> PortalFilter.of(12, null, null));
	}
}
