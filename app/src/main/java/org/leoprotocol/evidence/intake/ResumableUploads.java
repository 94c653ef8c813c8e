package org.leoprotocol.evidence.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SHA256Digest;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceIntake.UploadStatus;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.access.AccessRefused;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The life of a resumable upload before it becomes evidence: the sender declares the file (begin), sends it in chunks
 * at stated offsets (receive), may ask how much arrived after a dropped connection (status) and resume from there, or
 * gives up (abandon). An upload nobody sends to for long enough expires. Only the staff member who began an upload may
 * send to it, ask about it or abandon it. What an upload has received lives in the object store as the parts of a
 * multipart upload and in its database row, so any node of the cluster takes any of these requests. An abandoned or
 * expired upload leaves nothing behind: its parts are aborted in the store and its row deleted.
 */
@Component
public class ResumableUploads {

	private final Uploads uploads;
	private final BlobStore store;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final EvidenceProperties properties;

	ResumableUploads(Uploads uploads, BlobStore store, AuditTrail audit, TransactionTemplate transaction, Clock clock,
			EvidenceProperties properties) {
		this.uploads = uploads;
		this.store = store;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
		this.properties = properties;
	}

	/** Opens an upload: its row, and the store's multipart upload; no bytes yet. */
	public UploadStatus begin(NewUpload upload, Actor actor) {
		if (upload.declaredSize() > properties.maxSize().toBytes()) {
			throw IntakeRefused.tooLarge("evidence.upload.too-large", upload.declaredSize(),
					properties.maxSize().toBytes());
		}
		UUID id = UUID.randomUUID();
		String handle;
		try {
			handle = store.startParts(id);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open an upload in the evidence store", ex);
		}
		transaction.executeWithoutResult(status -> {
			uploads.insert(id, upload, actor.username(), clock.instant(), handle, new SHA256Digest().getEncodedState());
			audit.access(AuditAction.CREATE, EvidenceIntake.COMPONENT, RecordReference.of("EvidenceUpload", id),
					Sentence.of("audit.detail.upload.started", upload.kind(), String.valueOf(upload.declaredSize())));
		});
		return new UploadStatus(id, 0, upload.declaredSize(), null);
	}

	/** How many bytes have arrived: where a resumed upload continues, on whichever node. */
	public UploadStatus status(UUID id, Actor actor) {
		Upload upload = owned(id, actor);
		return new UploadStatus(id, received(upload), upload.declared().declaredSize(), upload.evidence());
	}

	/**
	 * Appends the bytes of {@code chunk} at {@code offset}, which must be exactly the number of bytes received. If the
	 * connection drops, what arrived is kept and hashed; the sender asks {@link #status} and resumes.
	 */
	public UploadStatus receive(UUID id, long offset, InputStream chunk, Actor actor) {
		Upload upload = owned(id, actor);
		requireOpen(upload);
		long received = upload.progress().received();
		if (offset != received) {
			throw new WrongState("evidence.upload.offset", String.valueOf(received), String.valueOf(offset));
		}
		return new ChunkReceiving(upload, store, uploads, transaction, clock).take(chunk);
	}

	/** Gives up an upload: its parts and its record go. */
	public void abandon(UUID id, Actor actor) {
		Upload upload = owned(id, actor);
		requireOpen(upload);
		discard(upload);
	}

	/**
	 * Aborts the uploads nobody has sent to for {@code idle}: their parts would otherwise stay in the store (and be
	 * billed) for ever. Runs on one node of the cluster at a time; returns how many went.
	 */
	public int expireIdle(Duration idle) {
		int expired = 0;
		for (var batch = uploads.idleSince(clock.instant().minus(idle), 100); !batch.isEmpty(); batch = uploads
			.idleSince(clock.instant().minus(idle), 100)) {
			for (UUID id : batch) {
				uploads.find(id).filter(upload -> upload.evidence() == null).ifPresent(this::discard);
				expired++;
			}
		}
		return expired;
	}

	/** Discards the upload if it is still there and never became evidence; what a refused ingest leaves goes. */
	void discardUnfinished(UUID id) {
		uploads.find(id).filter(left -> left.evidence() == null).ifPresent(this::discard);
	}

	void discard(Upload upload) {
		try {
			store.abortParts(upload.id(), upload.handle());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		transaction.executeWithoutResult(status -> uploads.delete(upload.id()));
	}

	Upload owned(UUID id, Actor actor) {
		Upload upload = uploads.find(id).orElseThrow(() -> new UnknownRecord("evidence.upload.unknown", id));
		if (!upload.createdBy().equals(actor.username())) {
			throw new AccessRefused("evidence.upload.not-yours");
		}
		return upload;
	}

	private static void requireOpen(Upload upload) {
		if (upload.evidence() != null) {
			throw new WrongState("evidence.upload.complete", upload.evidence());
		}
	}

	static long received(Upload upload) {
		return upload.evidence() != null ? upload.declared().declaredSize() : upload.progress().received();
	}
}
