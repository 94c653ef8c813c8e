package org.leoprotocol.investigations.commendation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.shared.document.StandardFontText;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A civilian commendation letter as PDF: the agency thanks a member of the public for what they did, as the city
 * thanked Eleanor Vance for staying with a lost child (scenario 000). Text is set in the PDF standard fonts; characters
 * they cannot show are replaced by "?", never dropped silently; they show every letter of English and Spanish. The
 * letter is written in the language it is asked for, for a member of the public who reads Spanish as for one who reads
 * English.
 */
final class CommendationLetter {

	private static final int WRAP = 85;

	private CommendationLetter() {
	}

	/**
	 * The letter's own words in the language it is written in: its title, its heading, what precedes the recipient's
	 * name, and the agency's calendar day it is dated.
	 */
	record Words(String title, String heading, String awardedTo, String date) {
	}

	static byte[] render(String agencyName, String recipient, String citation, String signedBy, Words words) {
		PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
		PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDDocumentInformation info = document.getDocumentInformation();
			info.setTitle(StandardFontText.shown(regular, words.title()));
			info.setAuthor(StandardFontText.shown(regular, agencyName));
			PDPage page = new PDPage(PDRectangle.LETTER);
			document.addPage(page);
			try (PDPageContentStream text = new PDPageContentStream(document, page)) {
				text.beginText();
				text.newLineAtOffset(72, 700);
				line(text, bold, 13, agencyName, 28);
				line(text, bold, 22, words.heading(), 40);
				line(text, regular, 12, words.awardedTo(), 22);
				line(text, bold, 18, recipient, 36);
				for (String wrapped : wrap(citation)) {
					line(text, regular, 12, wrapped, 17);
				}
				line(text, regular, 12, "", 40);
				line(text, regular, 12, words.date(), 17);
				line(text, regular, 12, signedBy, 17);
				text.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The commendation letter could not be written", ex);
		}
	}

	private static void line(PDPageContentStream text, PDType1Font font, float size, String content, float leading)
			throws IOException {
		text.setFont(font, size);
		text.showText(StandardFontText.shown(font, content));
		text.newLineAtOffset(0, -leading);
	}

	static List<String> wrap(String text) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : text.strip().split("\\s+", -1)) {
			if (line.length() > 0 && line.length() + word.length() + 1 > WRAP) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append(line.length() == 0 ? "" : " ").append(word);
		}
		lines.add(line.toString());
		return lines;
	}
}
