package org.leoprotocol.earlywarning.reason;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.investigations.Category;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

class AllegationSaidTests {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/earlywarning-explained", "i18n/refusals");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private static final UUID ALLEGATION = UUID.fromString("0b6b3f3e-5c1a-4d8e-9a51-3f1f4b0a7c21");

	@Test
	void aSpanishReaderReadsTheCategoryInSpanishAndTheTypedDescriptionAsTyped() {
		String stored = AllegationSaid.stored(Category.FORCE, ALLEGATION,
				" Pushed the complainant | twice\nat the door ");

		assertThat(stored).startsWith("ew.allegation.investigated|FORCE|" + ALLEGATION + "\n");
		assertThat(MESSAGES.getMessage(AllegationSaid.said(stored).orElseThrow(), SPANISH))
			.isEqualTo("uso de la fuerza (alegación " + ALLEGATION + ")");
		assertThat(MESSAGES.getMessage(AllegationSaid.said(stored).orElseThrow(), Locale.ENGLISH))
			.isEqualTo("use of force (allegation " + ALLEGATION + ")");
		assertThat(AllegationSaid.typed(stored)).contains("Pushed the complainant | twice\nat the door");
	}

	@Test
	void anAllegationWithoutADescriptionIsLeosSentenceAlone() {
		String stored = AllegationSaid.stored(Category.PROTOCOL_VIOLATION, ALLEGATION, "  ");

		assertThat(MESSAGES.getMessage(AllegationSaid.said(stored).orElseThrow(), SPANISH))
			.isEqualTo("incumplimiento del Protocolo Leo (alegación " + ALLEGATION + ")");
		assertThat(AllegationSaid.typed(stored)).isEmpty();
	}

	@Test
	void anImportedDescriptionIsKeptAsTypedEvenWhenItLooksLikeLeosKey() {
		String typed = "ew.allegation.investigated: see the file";

		assertThat(AllegationSaid.said(typed)).isEmpty();
		assertThat(AllegationSaid.typed(typed)).contains(typed);
	}
}
