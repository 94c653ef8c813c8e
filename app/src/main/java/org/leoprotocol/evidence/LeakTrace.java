package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.evidence.export.ExportCopies;
import org.leoprotocol.evidence.export.Exports;
import org.leoprotocol.evidence.export.VideoStamp;
import org.leoprotocol.evidence.export.Watermark;
import org.leoprotocol.evidence.export.WatermarkStamp;
import org.leoprotocol.evidence.intake.ContentSniffer;
import org.leoprotocol.evidence.intake.IntakeRefused;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;

/**
 * Says which export a leaked file came from (scenario 002: the holding-room clip). First by exact SHA-256 against every
 * export made; then, for a re-encoded or re-saved copy, by the export code still readable in it (the code strip of a
 * photo, the metadata of a PDF or video, the first line of a text); and by a code a person reads off the visible
 * watermark and types.
 */
@Service
public class LeakTrace {

	private final Exports exports;
	private final EvidenceItems items;
	private final List<WatermarkStamp> stamps;
	private final AuditTrail audit;

	LeakTrace(Exports exports, EvidenceItems items, VideoStamp video, AuditTrail audit) {
		this.exports = exports;
		this.items = items;
		this.stamps = WatermarkStamp.all(video);
		this.audit = audit;
	}

	/** Traces a file on this machine (the command line {@code leo trace FILE}). */
	public Trace trace(Path file) throws IOException {
		String sha256 = ExportCopies.sha256(file);
		audit.query(AuditAction.SEARCH, EvidenceIntake.COMPONENT, "EvidenceExport",
				Sentence.ofText("audit.detail.search.trace.sha256", sha256));
		List<EvidenceExport> exact = exports.bySha(sha256);
		if (!exact.isEmpty()) {
			return new Trace(sha256, Match.EXACT_HASH, exact.get(0), null,
					Sentence.of("evidence.trace.exact", exact.get(0).code(), exact.get(0).recipient()));
		}
		List<EvidenceItem> originals = items.withSha(sha256);
		if (!originals.isEmpty()) {
			return new Trace(sha256, Match.ORIGINAL, null, originals.get(0).id(),
					Sentence.of("evidence.trace.original", originals.get(0).id().toString()));
		}
		Optional<String> code = embeddedCode(file);
		if (code.isPresent()) {
			Optional<EvidenceExport> export = exports.byCode(code.get());
			if (export.isPresent()) {
				return new Trace(sha256, Match.EMBEDDED_MARK, export.get(), null,
						Sentence.of("evidence.trace.embedded", code.get(), export.get().recipient()));
			}
		}
		return new Trace(sha256, Match.NONE, null, null, Sentence.of("evidence.trace.none"));
	}

	/** Traces a file sent as a stream (at most {@code maxBytes}): written to a temporary file, traced, deleted. */
	public Trace trace(InputStream content, Path scratch, long maxBytes) throws IOException {
		Files.createDirectories(scratch);
		Path file = Files.createTempFile(scratch, "trace", ".bin");
		try {
			try (var out = Files.newOutputStream(file)) {
				byte[] buffer = new byte[256 * 1024];
				long total = 0;
				for (int n = content.read(buffer); n != -1; n = content.read(buffer)) {
					total += n;
					if (total > maxBytes) {
						throw IntakeRefused.tooLarge("evidence.trace.too-large");
					}
					out.write(buffer, 0, n);
				}
			}
			if (Files.size(file) == 0) {
				throw new InvalidInput("evidence.trace.empty");
			}
			return trace(file);
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	/** Traces a code read off a visible watermark, e.g. "LEO-7K2M9QH4TD". */
	public Trace traceCode(String typed) {
		String code = Watermark.normalize(typed).orElseThrow(() -> new InvalidInput("evidence.trace.code", typed));
		audit.query(AuditAction.SEARCH, EvidenceIntake.COMPONENT, "EvidenceExport",
				Sentence.ofText("audit.detail.search.trace.code", code));
		return exports.byCode(code)
			.map(export -> new Trace(null, Match.TYPED_CODE, export, null, Sentence.of("evidence.trace.typed", code,
					export.recipient(), export.requestedBy(), export.requestedAt().toString())))
			.orElseGet(() -> new Trace(null, Match.NONE, null, null, Sentence.of("evidence.trace.unknown", code)));
	}

	private Optional<String> embeddedCode(Path file) throws IOException {
		byte[] head;
		try (InputStream in = Files.newInputStream(file)) {
			head = in.readNBytes(ContentSniffer.NEEDED);
		}
		Optional<String> type = ContentSniffer.mediaType(head);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		for (WatermarkStamp stamp : stamps) {
			if (stamp.accepts(type.get())) {
				try {
					Optional<String> code = stamp.readCode(file);
					if (code.isPresent()) {
						return code;
					}
				}
				catch (IOException | RuntimeException unreadable) {
					return Optional.empty();
				}
			}
		}
		return Optional.empty();
	}

	/** How a file was matched. */
	public enum Match {
		EXACT_HASH, EMBEDDED_MARK, TYPED_CODE, ORIGINAL, NONE
	}

	/**
	 * The answer: the export found (or the original item), and a sentence for the person who asked, said in their
	 * language (on the page, in the API by the request's language, in English on the command line).
	 */
	public record Trace(String sha256, Match match, EvidenceExport export, EvidenceId original,
			Sentence explanation) {

		public boolean found() {
			return export != null;
		}
	}
}
