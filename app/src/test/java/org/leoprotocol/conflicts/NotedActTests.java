package org.leoprotocol.conflicts;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.leoprotocol.shared.phrase.Sentence;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class NotedActTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/conflicts");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final Instant AT = Instant.parse("2026-03-14T10:03:00Z");

	private static String said(Sentence what, Locale reader) {
		String kept = NotedAct.stored(what, AT);
		return MESSAGES.getMessage(NotedAct.said(kept, at -> "10:03").orElseThrow(), reader);
	}

	@Test
	void aPersonnelActionIsNamedInTheReadersLanguageNotByItsCode() {
		Sentence proposed = Sentence.ofText("conflicts.act.action.proposed", "ADMINISTRATIVE_LEAVE");

		assertThat(said(proposed, SPANISH)).isEqualTo("Medida de personal propuesta: baja administrativa el 10:03");
		assertThat(said(proposed, Locale.ENGLISH))
			.isEqualTo("Personnel action proposed: administrative leave at 10:03");
	}

	@Test
	void aFindingAndAStepAreNamedInSpanish() {
		assertThat(said(Sentence.ofText("conflicts.act.finding", "SUSTAINED"), SPANISH))
			.startsWith("Conclusión final: fundada");
		assertThat(said(Sentence.ofText("conflicts.act.step", "ENGAGE_PERSON"), SPANISH))
			.startsWith("Paso realizado: atender a la persona");
	}

	@Test
	void aStepAnAgencyAddedIsNamedByItsCodeAsWritten() {
		assertThat(said(Sentence.ofText("conflicts.act.step", "CHECK_THE_POOL"), Locale.ENGLISH))
			.isEqualTo("Step CHECK_THE_POOL done at 10:03");
	}

	@Test
	void anActWithoutACodeIsSaidByItsKey() {
		assertThat(said(Sentence.ofText("conflicts.act.hearing"), Locale.ENGLISH))
			.isEqualTo("Hearing recorded at 10:03");
	}
}
