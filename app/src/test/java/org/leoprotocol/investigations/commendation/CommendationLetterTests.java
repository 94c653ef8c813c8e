package org.leoprotocol.investigations.commendation;

import java.nio.charset.StandardCharsets;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommendationLetterTests {

	private static final CommendationLetter.Words ENGLISH = new CommendationLetter.Words("Civilian commendation",
			"Civilian Commendation", "Awarded to", "1 July 2026");

	@Test
	void writesAOnePageLetterWithTheRecipientAndCitation() throws Exception {
		byte[] pdf = CommendationLetter.render("City Police Department", "Eleanor Vance",
				"For staying with a lost five-year-old by the fountain in the central square until his mother came. "
					.repeat(3),
				"Chief of Police", ENGLISH);

		try (PDDocument document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(document.getNumberOfPages()).isOne();
			assertThat(text).contains("Civilian Commendation", "Eleanor Vance", "1 July 2026", "until his mother came");
		}
	}

	@Test
	void replacesCharactersTheStandardFontCannotShow() {
		byte[] pdf = CommendationLetter.render("City", "Zoë 王", "Thanks.", "Chief", ENGLISH);

		assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		assertThat(
				org.leoprotocol.shared.document.StandardFontText.shown(new org.apache.pdfbox.pdmodel.font.PDType1Font(
						org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), "Zoë 王"))
			.isEqualTo("Zoë ?");
	}
}
