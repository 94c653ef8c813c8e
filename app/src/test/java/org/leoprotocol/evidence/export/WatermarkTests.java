package org.leoprotocol.evidence.export;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.leoprotocol.evidence.EvidenceFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class WatermarkTests {

	static final Watermark MARK = new Watermark("7K2M9QH4TD", "Daily Courier", Instant.parse("2026-11-22T14:03:00Z"));

	@TempDir
	Path directory;

	@Test
	void codesAreTenReadableCharactersAndForgiveTyping() {
		assertThat(Watermark.newCode()).hasSize(10).matches("[0-9A-HJKMNP-TV-Z]{10}");
		assertThat(Watermark.normalize("leo-7k2m 9qh4td")).contains("7K2M9QH4TD");
		assertThat(Watermark.normalize("LEO-7K2M9QH4T0")).contains("7K2M9QH4T0");
		assertThat(Watermark.normalize("LEO-7K2M9QH4TO")).contains("7K2M9QH4T0");
		assertThat(Watermark.normalize("LEO-123")).isEmpty();
		assertThat(MARK.text()).isEqualTo("LEO-7K2M9QH4TD \u00b7 Copy for Daily Courier \u00b7 2026-11-22 14:03 UTC");
	}

	@Test
	void aPhotoCarriesItsCodeThroughJpegRecompression() throws Exception {
		Path original = Files.write(directory.resolve("scene.png"), EvidenceFixtures.aPhoto());
		Path stamped = directory.resolve("export.png");
		new ImageStamp().stamp(original, "image/png", stamped, MARK, percent -> {
		});
		assertThat(new ImageStamp().readCode(stamped)).contains(MARK.code());

		BufferedImage image = ImageIO.read(stamped.toFile());
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", jpeg);
		Path recompressed = Files.write(directory.resolve("leaked.jpg"), jpeg.toByteArray());
		assertThat(new ImageStamp().readCode(recompressed)).contains(MARK.code());
		assertThat(new ImageStamp().readCode(original)).isEmpty();
	}

	@Test
	void aPhotoScaledToHalfStillCarriesItsCode() throws Exception {
		Path original = Files.write(directory.resolve("scene.png"), EvidenceFixtures.aPhoto());
		Path stamped = directory.resolve("export.png");
		new ImageStamp().stamp(original, "image/png", stamped, MARK, percent -> {
		});
		BufferedImage full = ImageIO.read(stamped.toFile());
		BufferedImage half = new BufferedImage(full.getWidth() / 2, full.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
		half.createGraphics().drawImage(full, 0, 0, half.getWidth(), half.getHeight(), null);
		Path scaled = directory.resolve("half.png");
		ImageIO.write(half, "png", scaled.toFile());
		assertThat(new ImageStamp().readCode(scaled)).contains(MARK.code());
	}

	@Test
	void aPdfGetsTheLineOnEveryPageAndTheCodeInItsMetadata() throws Exception {
		Path original = directory.resolve("report.pdf");
		try (PDDocument document = new PDDocument()) {
			document.addPage(new PDPage());
			document.addPage(new PDPage());
			document.save(original.toFile());
		}
		Path stamped = directory.resolve("export.pdf");
		new PdfStamp().stamp(original, "application/pdf", stamped, MARK, percent -> {
		});
		try (PDDocument document = Loader.loadPDF(stamped.toFile())) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text.split("LEO-7K2M9QH4TD - Copy for Daily Courier", -1)).hasSize(3);
		}
		assertThat(new PdfStamp().readCode(stamped)).contains(MARK.code());
	}

	@Test
	void aTextExportOpensWithTheWatermarkLine() throws Exception {
		Path original = Files.write(directory.resolve("calls.csv"), EvidenceFixtures.phoneRecords());
		Path stamped = directory.resolve("export.csv");
		new TextStamp().stamp(original, "text/csv", stamped, MARK, percent -> {
		});
		assertThat(Files.readString(stamped)).startsWith("# " + MARK.text() + "\n")
			.endsWith(new String(EvidenceFixtures.phoneRecords(), StandardCharsets.UTF_8));
		assertThat(new TextStamp().readCode(stamped)).contains(MARK.code());
	}

	@Test
	void theCodeStripRejectsAnythingButAValidPattern() {
		String bits = CodeStrip.bits(MARK.code());
		assertThat(bits).hasSize(64);
		assertThat(CodeStrip.decode(bits)).contains(MARK.code());
		char flipped = bits.charAt(20) == '1' ? '0' : '1';
		assertThat(CodeStrip.decode(bits.substring(0, 20) + flipped + bits.substring(21))).isEmpty();
	}
}
