package org.leoprotocol.demo;

import org.junit.jupiter.api.Test;
import org.leoprotocol.access.StartPasswordRefused;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoPasswordTests {

	@Test
	void aShortDemoPasswordStopsTheStartBeforeTheDemoCanStoreAnything() {
		assertThatThrownBy(() -> new DemoData(null, null, "eleven-char", null, null, null, null))
			.isInstanceOf(StartPasswordRefused.class)
			.hasMessage("LEO_DEMO_PASSWORD is shorter than 12 characters, so nothing was stored")
			.extracting(refused -> ((StartPasswordRefused) refused).action()).asString()
			.contains("at least 12 characters");
	}
}
