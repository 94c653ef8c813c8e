package org.leoprotocol.evidence.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SHA256Digest;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.ItemState;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.Recording;
import org.leoprotocol.evidence.bodycamera.BodyCameraFootage;
import org.leoprotocol.evidence.bodycamera.FootageSpan;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The moment an upload becomes evidence in custody. Completion checks that every declared byte arrived, names the type
 * from the file's first bytes (refusing what Leo cannot name or the kind does not allow), finishes the SHA-256 carried
 * from chunk to chunk and compares it with the hash the sender declared, joins the parts in the store, places a
 * body-camera clip in time, and then, in one transaction, records the item, links it to its declared case or incident,
 * audits it and writes INGESTED in the custody ledger. A refused completion discards the upload; completing twice, or
 * on two nodes at once, yields the one item.
 */
@Component
public class UploadCompletion {

	/** The first part of the key of each evidence kind's word, said inside a refusal in the reader's language. */
	private static final String KIND = "word.evidence-kind.";

	private final ResumableUploads resumable;
	private final Uploads uploads;
	private final EvidenceItems items;
	private final BlobStore store;
	private final CustodyLedger ledger;
	private final AuditTrail audit;
	private final BodyCameraFootage footage;
	private final ClipProbe probe;
	private final TransactionTemplate transaction;
	private final Clock clock;

	UploadCompletion(ResumableUploads resumable, Uploads uploads, EvidenceItems items, BlobStore store,
			CustodyLedger ledger, AuditTrail audit, BodyCameraFootage footage, TransactionTemplate transaction,
			Clock clock) {
		this.resumable = resumable;
		this.uploads = uploads;
		this.items = items;
		this.store = store;
		this.ledger = ledger;
		this.audit = audit;
		this.footage = footage;
		this.probe = new ClipProbe(store, footage);
		this.transaction = transaction;
		this.clock = clock;
	}

	/** Finishes the upload: checks it, stores it and records it; returns the item. Completing twice is harmless. */
	public EvidenceItem complete(UUID id, Actor actor) {
		Upload upload = resumable.owned(id, actor);
		if (upload.evidence() != null) {
			return items.get(upload.evidence());
		}
		NewUpload declared = upload.declared();
		long received = ResumableUploads.received(upload);
		if (received != declared.declaredSize()) {
			throw new WrongState("evidence.upload.incomplete", String.valueOf(received),
					String.valueOf(declared.declaredSize()));
		}
		String mediaType = sniff(upload);
		byte[] digest = new byte[32];
		new SHA256Digest(upload.progress().hashState()).doFinal(digest, 0);
		String sha256 = HexFormat.of().formatHex(digest);
		if (declared.declaredSha256() != null && !declared.declaredSha256().equals(sha256)) {
			resumable.discard(upload);
			throw IntakeRefused.mismatch("evidence.upload.sha256-mismatch", sha256, declared.declaredSha256());
		}
		String key;
		try {
			key = store.finishParts(id, upload.handle(), uploads.partTags(id), sha256);
		}
		catch (IOException ex) {
			EvidenceId finished = uploads.find(id).map(Upload::evidence).orElse(null);
			if (finished != null) {
				return items.get(finished);
			}
			throw new UncheckedIOException("Could not join the upload's parts in the evidence store", ex);
		}
		FootageSpan span = declared.kind() == EvidenceKind.BODY_CAMERA_VIDEO ? probe.span(key, declared)
				: null;
		return record(upload, mediaType, sha256, key, actor, span);
	}

	private EvidenceItem record(Upload upload, String mediaType, String sha256, String key, Actor actor,
			FootageSpan span) {
		NewUpload declared = upload.declared();
		Recording recording = span == null ? declared.recording()
				: BodyCameraFootage.recording(span, declared.recording());
		EvidenceItem item = new EvidenceItem(EvidenceId.random(), declared.kind(), mediaType, declared.fileName(),
				declared.declaredSize(), sha256, key, recording, clock.instant(), actor.username(),
				ItemState.ACTIVE,
				null);
		return transaction.execute(status -> {
			if (!uploads.completed(upload.id(), item.id())) {
				return items.get(uploads.find(upload.id()).orElseThrow().evidence());
			}
			items.insert(item);
			DeclaredLinks.link(items, item.id(), declared, clock.instant(), actor);
			audit.access(AuditAction.CREATE, EvidenceIntake.COMPONENT, RecordReference.of("EvidenceItem", item.id()),
					Sentence.of("audit.detail.evidence.ingested", sha256));
			ledger.record(item.id(), CustodyAction.INGESTED, "sha256=" + sha256 + " size=" + item.sizeBytes() + " type="
					+ mediaType + " kind=" + item.kind() + " file=" + item.fileName(), actor);
			if (span != null) {
				footage.keep(item, span, declared.incidentReference());
			}
			return item;
		});
	}

	private String sniff(Upload upload) {
		NewUpload declared = upload.declared();
		byte[] head = upload.progress().head() == null ? new byte[0] : upload.progress().head();
		String mediaType = ContentSniffer.mediaType(head).orElse(null);
		if (mediaType == null || !declared.kind().accepts(mediaType)) {
			resumable.discard(upload);
			throw mediaType == null ? IntakeRefused.unsupported("evidence.upload.type-unknown")
					: IntakeRefused.unsupported("evidence.upload.type-not-kind", mediaType,
							Phrase.of(KIND, declared.kind()));
		}
		return mediaType;
	}
}
