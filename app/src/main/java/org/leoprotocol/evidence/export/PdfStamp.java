package org.leoprotocol.evidence.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;

/**
 * PDF exports (Apache PDFBox): the watermark line across the foot of every page, plus the export code in the document
 * information dictionary ({@code LeoExport}), which survives copying the file but not printing it.
 */
final class PdfStamp implements WatermarkStamp {

	static final String METADATA_KEY = "LeoExport";

	@Override
	public boolean accepts(String mediaType) {
		return mediaType.equals("application/pdf");
	}

	@Override
	public void stamp(Path original, String mediaType, Path target, Watermark watermark, IntConsumer progress)
			throws IOException {
		try (PDDocument document = Loader.loadPDF(original.toFile())) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			for (PDPage page : document.getPages()) {
				stampPage(document, page, font, watermark.asciiText());
			}
			document.getDocumentInformation().setCustomMetadataValue(METADATA_KEY, watermark.code());
			document.save(target.toFile());
		}
	}

	private static void stampPage(PDDocument document, PDPage page, PDType1Font font, String text) throws IOException {
		PDRectangle box = page.getMediaBox();
		float size = Math.max(7, Math.min(11, box.getWidth() / 60));
		try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
			PDExtendedGraphicsState translucent = new PDExtendedGraphicsState();
			translucent.setNonStrokingAlphaConstant(0.85f);
			content.setGraphicsStateParameters(translucent);
			content.setNonStrokingColor(0.75f, 0f, 0f);
			content.beginText();
			content.setFont(font, size);
			content.newLineAtOffset(box.getLowerLeftX() + 18, box.getLowerLeftY() + 12);
			content.showText(text);
			content.endText();
		}
	}

	@Override
	public Optional<String> readCode(Path file) throws IOException {
		try (PDDocument document = Loader.loadPDF(file.toFile())) {
			return Optional.ofNullable(document.getDocumentInformation().getCustomMetadataValue(METADATA_KEY));
		}
	}
}
