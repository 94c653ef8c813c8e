package org.leoprotocol.evidence.export;

import java.util.UUID;

import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.ExportReceipt;
import org.leoprotocol.evidence.ExportState;
import org.leoprotocol.evidence.OpenedEvidence;
import org.leoprotocol.evidence.access.EvidenceAccess;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Component;

/**
 * A finished export leaves Leo as a download, recorded as DOWNLOADED in the custody ledger before it is served, with
 * its receipt: the EXPORTED event, its inclusion proof and the ledger's signed checkpoint, for anyone to verify the
 * copy against the ledger.
 */
@Component
public class ExportDownloads {

	private final Exports exports;
	private final EvidenceItems items;
	private final EvidenceAccess access;
	private final CustodyLedger ledger;
	private final BlobStore store;
	private final AuditTrail audit;

	ExportDownloads(Exports exports, EvidenceItems items, EvidenceAccess access, CustodyLedger ledger, BlobStore store,
			AuditTrail audit) {
		this.exports = exports;
		this.items = items;
		this.access = access;
		this.ledger = ledger;
		this.store = store;
		this.audit = audit;
	}

	/** Opens a finished export for download; recorded as DOWNLOADED (with the export's id) before it is served. */
	public OpenedEvidence open(UUID exportId, Actor actor) {
		EvidenceExport export = get(exportId);
		EvidenceItem item = items.get(export.evidence());
		access.require(actor, item, "download export");
		if (export.state() == ExportState.RUNNING) {
			throw new WrongState("evidence.export.running", export.code(), export.progress());
		}
		if (export.state() == ExportState.FAILED) {
			throw new WrongState("evidence.export.failed", export.code(), export.failureReason());
		}
		ledger.record(item.id(), CustodyAction.DOWNLOADED,
				"export=" + export.id() + " code=" + export.code() + " sha256=" + export.sha256(), actor);
		audit.read(EvidenceIntake.COMPONENT, RecordReference.of("EvidenceExport", export.id()),
				Sentence.of("audit.detail.evidence-export.downloaded"));
		String name = downloadName(export, item);
		return new OpenedEvidence(name, export.mediaType(), export.sha256(), export.storageKey(), store);
	}

	/**
	 * The receipt of a finished export ({@code <download name>.proof}): its EXPORTED custody event, the inclusion proof
	 * of that event and the ledger's signed checkpoint, for {@code leo verify-export} or the standalone jar.
	 */
	public ExportReceipt receipt(UUID exportId, Actor actor) {
		EvidenceExport export = get(exportId);
		EvidenceItem item = items.get(export.evidence());
		access.require(actor, item, "export receipt");
		CustodyEvent recorded = ledger.history(item.id()).stream()
			.filter(e -> e.action() == CustodyAction.EXPORTED && e.detail().startsWith("export=" + export.id() + " "))
			.findFirst().orElseThrow(() -> new WrongState("evidence.export.no-receipt", export.code()));
		audit.read(EvidenceIntake.COMPONENT, RecordReference.of("EvidenceExport", export.id()),
				Sentence.of("audit.detail.evidence-export.receipt"));
		return new ExportReceipt(downloadName(export, item) + ".proof", ledger.proveEntry(recorded).text());
	}

	/** The export, or a refusal naming the id. */
	public EvidenceExport get(UUID id) {
		return exports.find(id).orElseThrow(() -> new UnknownRecord("evidence.export.unknown", id));
	}

	private static String downloadName(EvidenceExport export, EvidenceItem item) {
		return "LEO-" + export.code() + "-" + item.fileName().replaceAll("\\.[^.]*$", "")
				+ extension(export.mediaType());
	}

	private static String extension(String mediaType) {
		return switch (mediaType) {
			case "video/mp4" -> ".mp4";
			case "image/png" -> ".png";
			case "image/jpeg" -> ".jpg";
			case "application/pdf" -> ".pdf";
			case "text/csv" -> ".csv";
			default -> ".txt";
		};
	}
}
