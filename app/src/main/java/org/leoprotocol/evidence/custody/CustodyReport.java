package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import org.leoprotocol.shared.document.StandardFontText;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceCustody.EvidenceRecord;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.custody.CustodyLedger.HeadView;
import org.leoprotocol.shared.SpreadsheetSafe;

/**
 * The chain of custody of one item as a court would read it (per-evidence audit reports in PDF and CSV, as Axon
 * Evidence offers): the item's identity and SHA-256, then every custody event with its ledger position, time, actor and
 * detail, and the signed tree head under which anyone can demand inclusion proofs.
 */
final class CustodyReport {

	static final String[] HEADER = { "position", "event_id", "occurred_at_utc", "action", "actor", "detail" };
	private static final float MARGIN = 50;
	private static final float LEADING = 12;

	/** The report is a forensic document read beside other agencies' records: its times stay in UTC, labelled. */
	private static final java.time.format.DateTimeFormatter WHEN = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

	private CustodyReport() {
	}

	static void csv(EvidenceRecord record, Writer out) throws IOException {
		CSVPrinter csv = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
		for (CustodyEvent e : record.custody()) {
			csv.printRecord(e.position(), e.id(), e.occurredAt(), e.action(), SpreadsheetSafe.cell(e.actor()),
					SpreadsheetSafe.cell(e.detail()));
		}
		csv.flush();
	}

	/**
	 * The report as PDF in the reader's language ({@code custody.report.*}): what the item is, its chain of custody
	 * event by event (each event's words with its code, as the ledger keeps it) and the latest signed tree head. The
	 * details of the events are the ledger's own, kept as they were written.
	 */
	static void pdf(EvidenceRecord record, Optional<HeadView> head, String agency, Words words, OutputStream out)
			throws IOException {
		List<String> lines = new ArrayList<>();
		EvidenceItem item = record.item();
		lines.add(words.say("custody.report.item", item.id()));
		lines.add(words.say("custody.report.file", words.say("evidence.pages.kind." + item.kind().name()),
				item.fileName(), item.mediaType(), String.valueOf(item.sizeBytes())));
		lines.add(words.say("custody.report.sha", item.sha256()));
		lines.add(words.say("custody.report.recorded", when(item.recording().from()), when(item.recording().to()),
				item.recording().device() == null ? "-" : item.recording().device()));
		record.links()
			.forEach(l -> lines.add(
					words.say("custody.report.linked", words.say("custody.report.link." + l.kind().name()),
							l.reference())));
		lines.add("");
		lines.add(words.say("custody.report.events", String.valueOf(record.custody().size())));
		for (CustodyEvent e : record.custody()) {
			lines.add("#" + e.position() + "  " + when(e.occurredAt()) + "  "
					+ words.say("evidence.pages.action." + e.action()) + " (" + e.action() + ")  " + e.actor());
			if (!e.detail().isBlank()) {
				lines.add("      " + e.detail());
			}
		}
		lines.add("");
		head.ifPresent(h -> {
			lines.add(words.say("custody.report.head", String.valueOf(h.treeSize()), when(h.issuedAt())));
			lines.add(words.say("custody.report.root", h.rootHash(), h.keyId()));
			lines.add(words.say("custody.report.proofs"));
		});
		write(lines, words.say("custody.report.title", agency), words, out);
	}

	/** The report's words in its reader's language: the message {@code key} naming {@code arguments}. */
	@FunctionalInterface
	interface Words {
		String say(String key, Object... arguments);
	}

	private static void write(List<String> lines, String title, Words words, OutputStream out) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
			List<String> wrapped = new ArrayList<>();
			lines.forEach(line -> wrapped.addAll(wrap(StandardFontText.shown(regular, line), 105)));
			int perPage = (int) ((PDRectangle.A4.getHeight() - 2 * MARGIN - 30) / LEADING);
			int pages = Math.max(1, (wrapped.size() + perPage - 1) / perPage);
			for (int page = 0; page < pages; page++) {
				PDPage sheet = new PDPage(PDRectangle.A4);
				document.addPage(sheet);
				try (PDPageContentStream content = new PDPageContentStream(document, sheet)) {
					content.beginText();
					content.setFont(bold, 13);
					content.newLineAtOffset(MARGIN, PDRectangle.A4.getHeight() - MARGIN);
					content.showText(StandardFontText.shown(bold, title + "   "
							+ words.say("custody.report.page", String.valueOf(page + 1), String.valueOf(pages))));
					content.setFont(regular, 8.5f);
					content.newLineAtOffset(0, -24);
					for (String line : wrapped.subList(page * perPage,
							Math.min(wrapped.size(), (page + 1) * perPage))) {
						content.showText(line);
						content.newLineAtOffset(0, -LEADING);
					}
					content.endText();
				}
			}
			document.getDocumentInformation().setTitle(title);
			document.save(out);
		}
	}

	private static List<String> wrap(String line, int width) {
		List<String> parts = new ArrayList<>();
		String rest = line;
		while (rest.length() > width) {
			parts.add(rest.substring(0, width));
			rest = "      " + rest.substring(width);
		}
		parts.add(rest);
		return parts;
	}

	private static String when(java.time.Instant instant) {
		return instant == null ? "—" : WHEN.format(instant);
	}
}
