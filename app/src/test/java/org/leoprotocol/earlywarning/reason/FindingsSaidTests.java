package org.leoprotocol.earlywarning.reason;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class FindingsSaidTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/earlywarning-explained", "i18n/incident-page");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	@Test
	void aFindingOfGapAnalysisIsSaidInTheReadersLanguageAndATypedOneAsItWasTyped() {
		String leos = "incident-finding.on-scene|11:42|5:00";

		assertThat(MESSAGES.getMessage(FindingsSaid.one(leos), Locale.ENGLISH))
			.isEqualTo("on scene 11:42 before first engagement (protocol: within 5:00)");
		assertThat(MESSAGES.getMessage(FindingsSaid.one(leos), SPANISH))
			.isEqualTo("en el lugar durante 11:42 antes del primer contacto (protocolo: máximo de 5:00)");
		assertThat(MESSAGES.getMessage(FindingsSaid.one("late release; {0} typed"), SPANISH))
			.isEqualTo("late release; {0} typed");
	}

	@Test
	void findingsKeptOnePerLineAreSaidInTheirOrder() {
		String described = "incident-finding.on-scene|11:42|5:00\nreport filed late\nincident-finding.on-scene|7:00|5:00";

		assertThat(MESSAGES.getMessage(FindingsSaid.all(described), SPANISH)).isEqualTo(
				"en el lugar durante 11:42 antes del primer contacto (protocolo: máximo de 5:00); report filed late; "
						+ "en el lugar durante 7:00 antes del primer contacto (protocolo: máximo de 5:00)");
	}
}
