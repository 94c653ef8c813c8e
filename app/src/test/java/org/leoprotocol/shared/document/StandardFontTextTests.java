package org.leoprotocol.shared.document;

import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StandardFontTextTests {

	private static final PDType1Font HELVETICA = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

	@Test
	void spanishLettersAreShownAsTheyAre() {
		assertThat(StandardFontText.shown(HELVETICA, "Niño perdido, cámara, ¿dónde?"))
			.isEqualTo("Niño perdido, cámara, ¿dónde?");
	}

	@Test
	void whatTheFontCannotShowIsAQuestionMarkNeverDropped() {
		assertThat(StandardFontText.shown(HELVETICA, "Zoë 王\nline")).isEqualTo("Zoë ??line");
	}
}
