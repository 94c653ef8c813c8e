package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.evidence.OpenedEvidence;
import org.leoprotocol.evidence.access.EvidenceAccess;
import org.leoprotocol.evidence.export.ExportCopies;
import org.leoprotocol.evidence.export.ExportDownloads;
import org.leoprotocol.evidence.export.FailureReason;
import org.leoprotocol.evidence.export.Exports;
import org.leoprotocol.evidence.export.StampedCopy;
import org.leoprotocol.evidence.export.VideoStamp;
import org.leoprotocol.evidence.export.Watermark;
import org.leoprotocol.evidence.export.WatermarkStamp;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;

/**
 * Traceable exports (forensic watermarking): each export is a copy for one named recipient with a visible watermark
 * (recipient, time, export code) and, where the medium allows, a machine-readable mark. Its SHA-256 and the original's
 * go into the custody ledger as EXPORTED before the copy can be downloaded, so a leaked file is traced by its hash, or
 * by the code it carries when it was re-encoded. Videos are stamped in the background.
 */
@Service
public class EvidenceExports {

	static final Duration STALLED_AFTER = Duration.ofMinutes(10);

	private final EvidenceItems items;
	private final Exports exports;
	private final EvidenceAccess access;
	private final ExportCopies copies;
	private final ExportDownloads downloads;
	private final Clock clock;
	private final List<WatermarkStamp> stamps;

	EvidenceExports(EvidenceItems items, Exports exports, EvidenceAccess access, ExportCopies copies,
			ExportDownloads downloads, Clock clock, VideoStamp video) {
		this.items = items;
		this.exports = exports;
		this.access = access;
		this.copies = copies;
		this.downloads = downloads;
		this.clock = clock;
		this.stamps = WatermarkStamp.all(video);
	}

	/** Starts an export for a recipient; images, PDFs and text are ready on return, videos follow in the background. */
	@Audited(value = AuditAction.READ, record = "EvidenceExport", detail = "audit.detail.evidence-export.named",
			recordFromResult = true)
	public EvidenceExport export(EvidenceId id, String recipient, String purpose, Actor actor) {
		String to = required(recipient, "recipient");
		String why = required(purpose, "purpose");
		EvidenceItem item = exportable(id, actor);
		WatermarkStamp stamp = stampFor(item);
		if (stamp instanceof VideoStamp video && !video.installed()) {
			throw new WrongState("evidence.export.no-ffmpeg");
		}
		EvidenceExport export = start(item, Watermark.newCode(), to, why, actor);
		copies.stamp(export, item, stamp.exportType(item.mediaType()), stamp);
		return get(export.id());
	}

	/**
	 * Records an export whose watermarked copy was stamped outside Leo, ahead of time, with the same watermark Leo
	 * burns in (the demo's holding-room clip ships with its exports, so a demo starts without ffmpeg). The copy must be
	 * of the type Leo's own stamp would make and carry its export code in its bytes (a video's {@code comment} tag, a
	 * PDF's metadata, a text's first line); the code must be new. From there it is an export like any other: kept in
	 * the store, recorded as EXPORTED with both hashes, traced by its hash.
	 */
	@Audited(value = AuditAction.READ, record = "EvidenceExport",
			detail = "audit.detail.evidence-export.stamped-outside",
			recordFromResult = true)
	public EvidenceExport exportStampedCopy(EvidenceId id, String code, String recipient, String purpose,
			InputStream stampedCopy, Actor actor) throws IOException {
		String to = required(recipient, "recipient");
		String why = required(purpose, "purpose");
		String mark = Watermark.normalize(code).orElseThrow(() -> new InvalidInput("evidence.trace.code", code));
		if (exports.byCode(mark).isPresent()) {
			throw new WrongState("evidence.export.code-used", mark);
		}
		EvidenceItem item = exportable(id, actor);
		String mediaType = stampFor(item).exportType(item.mediaType());
		Path copy = copies.receive(stampedCopy);
		try {
			StampedCopy.check(copy, mediaType, mark);
			EvidenceExport export = start(item, mark, to, why, actor);
			copies.take(export, item, mediaType, copy);
			return get(export.id());
		}
		finally {
			copies.discard(copy);
		}
	}

	private EvidenceItem exportable(EvidenceId id, Actor actor) {
		EvidenceItem item = items.get(id);
		access.require(actor, item, "export");
		EvidenceCustody.requireAvailable(item);
		return item;
	}

	private WatermarkStamp stampFor(EvidenceItem item) {
		return stamps.stream().filter(s -> s.accepts(item.mediaType())).findFirst()
			.orElseThrow(() -> new WrongState("evidence.export.no-stamp", item.mediaType()));
	}

	private EvidenceExport start(EvidenceItem item, String code, String to, String why, Actor actor) {
		EvidenceExport export = new EvidenceExport(UUID.randomUUID(), code, item.id(), to, why, actor.username(),
				clock.instant().truncatedTo(ChronoUnit.SECONDS), ExportState.RUNNING, 0, null, null, null,
				null, null);
		exports.insert(export);
		return export;
	}

	/**
	 * Fails exports that stopped making progress: their node died (a crash, a deploy) before the copy was ready. The
	 * original is untouched and nothing was recorded as exported; the person can start the export again.
	 */
	public int abandonStalled() {
		return exports.failStalled(clock.instant().minus(STALLED_AFTER),
				Sentence.ofText(FailureReason.STALLED, STALLED_AFTER.toMinutes()));
	}

	public EvidenceExport get(UUID id) {
		return downloads.get(id);
	}

	/** The exports made of an item: who received a copy, why, and where it stands. */
	@Audited(value = AuditAction.READ, record = "Evidence", detail = "audit.detail.evidence-export.listed")
	public List<EvidenceExport> of(EvidenceId evidence) {
		return exports.of(evidence);
	}

	/** Opens a finished export for download; recorded as DOWNLOADED (with the export's id) before it is served. */
	public OpenedEvidence open(UUID exportId, Actor actor) {
		return downloads.open(exportId, actor);
	}

	/**
	 * The receipt of a finished export ({@code <download name>.proof}): its EXPORTED custody event, the inclusion proof
	 * of that event and the ledger's signed checkpoint, for {@code leo verify-export} or the standalone jar.
	 */
	public ExportReceipt receipt(UUID exportId, Actor actor) {
		return downloads.receipt(exportId, actor);
	}

	/** The recipient or purpose as given, or the refusal naming what is missing ({@code what}) or too long. */
	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput("evidence.export.missing." + what);
		}
		if (value.length() > 200) {
			throw new InvalidInput("evidence.export.long." + what, 200);
		}
		return value.strip();
	}
}
