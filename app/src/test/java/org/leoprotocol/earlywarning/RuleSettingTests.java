package org.leoprotocol.earlywarning;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSettingTests {

	@Test
	void refusesThresholdsAndWindowsOutOfRange() {
		assertThatThrownBy(() -> new RuleSetting("X", true, 0, 12)).hasMessageContaining("between 1 and 100");
		assertThatThrownBy(() -> new RuleSetting("X", true, 2, 121)).hasMessageContaining("between 1 and 120 months");
	}
}
