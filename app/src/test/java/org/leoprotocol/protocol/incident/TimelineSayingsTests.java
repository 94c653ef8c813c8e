package org.leoprotocol.protocol.incident;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.leoprotocol.protocol.timeline.TimelineDetail;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Leo said on a timeline entry, kept as a key with its arguments, reads in the reader's language with the words
 * among its arguments in that language too; the API reads it in English, what was typed after a colon; a detail a
 * person typed is given as typed.
 */
class TimelineSayingsTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final ResourceBundleMessageSource messages = bundles();

	/** The bundles the incident page says its words and sentences from. */
	static ResourceBundleMessageSource bundles() {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames("i18n/protocol-acts", "i18n/incident-page");
		bundles.setDefaultEncoding(StandardCharsets.UTF_8.name());
		bundles.setFallbackToSystemLocale(false);
		return bundles;
	}

	private String said(String detail, Locale locale) {
		return messages.getMessage(TimelineSayings.said(detail).orElseThrow(), locale);
	}

	@Test
	void theReportIsSaidWithItsKindAndPriorityAsWordsOfEachLanguage() {
		String detail = TimelineDetail.said("reported", "FOUND_CHILD", "Fountain, Central Park", "HIGH");

		assertThat(said(detail, SPANISH))
			.isEqualTo("niño encontrado notificado en Fountain, Central Park; prioridad alta");
		assertThat(TimelineSayings.english(detail, messages))
			.isEqualTo("Found child reported at Fountain, Central Park; priority high");
	}

	@Test
	void aDecisionKeepsItsTypedReasonApart() {
		String detail = TimelineDetail.typedBelow(
				TimelineDetail.said("decision", "REFERRAL_TO_CHILD_PROTECTIVE_SERVICES"), " mother not reachable ");

		assertThat(TimelineSayings.typed(detail)).isEqualTo("mother not reachable");
		assertThat(TimelineSayings.english(detail, messages))
			.isEqualTo("Referred to child protective services: mother not reachable");
		assertThat(said(detail, SPANISH)).doesNotContain("Referred");
	}

	@Test
	void aTypedNoteThatLooksLikeOneOfLeosSentencesIsStillReadAsTyped() {
		String typed = "incident-timeline.closed|by me";

		String detail = TimelineDetail.typedAlone(typed);

		assertThat(TimelineSayings.typed(detail)).isEqualTo(typed);
		assertThat(TimelineSayings.english(detail, messages)).isEqualTo("Note: " + typed);
		assertThat(said(detail, SPANISH)).isEqualTo("Nota");
		assertThat(TimelineDetail.typedAlone("searched the park")).isEqualTo("searched the park");
	}

	@Test
	void aFindingOnTheTimelineIsTheFindingsOwnSentence() {
		String detail = TimelineDetail.said("finding.withdrawn.footage", "e1", "incident-finding.camera-off", "5:00",
				"14:21:00–14:26:00", "UTC");

		assertThat(said(detail, SPANISH)).isEqualTo("Hallazgo retirado: la grabación de la cámara corporal (prueba e1)"
				+ " no lo confirma: cámara apagada durante 5:00 en el contacto (14:21:00–14:26:00 UTC)");
		assertThat(TimelineSayings.english(detail, messages))
			.isEqualTo("Finding withdrawn: body-camera footage (evidence e1) does not bear it out: "
					+ "camera off 5:00 during engagement (14:21:00–14:26:00 UTC)");
	}

	@Test
	void whoAnEscalationReachedIsSaidInTheReadersLanguage() {
		String detail = TimelineDetail.said("escalation.raised", 1, "OFFICER", "14:05:00 UTC",
				"incident-timeline.reached.unassigned", "Sergeant Oscar Lindqvist", "SUPERVISOR", "Priya Shah");

		assertThat(said(detail, SPANISH))
			.isEqualTo("Nivel 1 (agente): se avisó a Sergeant Oscar Lindqvist (aún sin agente"
					+ " responsable: supervisión de la unidad de Priya Shah, quien abrió el incidente); el paso vencía a las"
					+ " 14:05:00 UTC");
	}

	@Test
	void aDetailAPersonTypedIsGivenAsTyped() {
		assertThat(TimelineSayings.said("checked the park")).isEmpty();
		assertThat(TimelineSayings.typed("checked the park")).isEqualTo("checked the park");
		assertThat(TimelineSayings.english("checked the park", messages)).isEqualTo("checked the park");
	}
}
