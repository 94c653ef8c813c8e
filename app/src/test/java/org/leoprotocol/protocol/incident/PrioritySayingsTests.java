package org.leoprotocol.protocol.incident;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.protocol.triage.PriorityReason;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A priority reason, kept as the English line its policy wrote, reads on the page in the reader's language: in English
 * as the line said, in Spanish with the risk factors in the new-incident form's words; a line no policy writes is said
 * as recorded.
 */
class PrioritySayingsTests {

	private final ResourceBundleMessageSource messages = TimelineSayingsTests.bundles();

	private String said(String line, Locale locale) {
		return messages.getMessage(PrioritySayings.said(PriorityReason.parse(line)), locale);
	}

	@Test
	void aYoungChildIsSaidInEitherLanguage() {
		String line = new PriorityReason(Priority.HIGH, "child aged 6, 13 or younger", "NCMEC unusual circumstance 1")
			.text();
		assertThat(said(line, Locale.ENGLISH))
			.isEqualTo("high: child aged 6, 13 or younger (NCMEC unusual circumstance 1)");
		assertThat(said(line, Locale.forLanguageTag("es")))
			.isEqualTo("alta: menor de 6 años, 13 o menos (circunstancia inusual 1 del NCMEC)");
	}

	@Test
	void circumstancesNameEachRiskFactorEvenOneWithACommaInItsLabel() {
		String line = "HIGH: out of the zone of safety, near water, traffic or another hazard, adverse weather "
				+ "(NCMEC unusual circumstances 2, 7, 9; College of Policing APP)";
		assertThat(said(line, Locale.ENGLISH)).isEqualTo(line.replace("HIGH", "high"));
		assertThat(said(line, Locale.forLanguageTag("es"))).startsWith(
				"alta: fuera de su zona de seguridad, cerca de agua, tráfico u otro peligro, tiempo adverso (circunstancias");
	}

	@Test
	void aLineNoPolicyWritesIsSaidAsRecorded() {
		assertThat(said("CRITICAL: bitten by a dog (CAD note)", Locale.forLanguageTag("es")))
			.isEqualTo("crítica: bitten by a dog (CAD note)");
		assertThat(said("something else", Locale.forLanguageTag("es"))).isEqualTo("normal: something else");
	}
}
