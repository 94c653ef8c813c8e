package org.leoprotocol.shared.document;

import java.io.IOException;

import org.apache.pdfbox.pdmodel.font.PDType1Font;

/**
 * Text as a PDF's standard fonts (Helvetica, with the WinAnsi encoding) can show it: every letter of English and
 * Spanish as it is, a character the font lacks (another script, a control character such as a line break) as "?", never
 * dropped silently, so that a reader sees that something was there.
 */
public final class StandardFontText {

	private StandardFontText() {
	}

	/** {@code text} with every character {@code font} cannot show replaced by "?". */
	public static String shown(PDType1Font font, String text) {
		StringBuilder shown = new StringBuilder();
		text.codePoints().forEach(codePoint -> {
			String character = new String(Character.toChars(codePoint));
			shown.append(Character.isISOControl(codePoint) || !encodable(font, character) ? "?" : character);
		});
		return shown.toString();
	}

	private static boolean encodable(PDType1Font font, String character) {
		try {
			font.encode(character);
			return true;
		}
		catch (IOException | IllegalArgumentException unsupported) {
			return false;
		}
	}
}
