package org.leoprotocol.earlywarning.rules;

import java.util.Locale;
import java.util.ResourceBundle;

import org.leoprotocol.shared.InvalidInput;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleSettingTests {

	private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("i18n/refusals", Locale.ROOT);

	@Test
	void refusesThresholdsAndWindowsOutOfRange() {
		assertThatThrownBy(() -> new RuleSetting("X", true, 0, 12)).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(ENGLISH.getString(refused.messageKey())).contains("between 1 and 100"));
		assertThatThrownBy(() -> new RuleSetting("X", true, 2, 121)).isInstanceOfSatisfying(InvalidInput.class,
				refused -> assertThat(ENGLISH.getString(refused.messageKey())).contains("between 1 and 120 months"));
	}
}
