package org.leoprotocol.evidence;

import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.evidence.web.FootagePlacement;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.Audited;
import org.leoprotocol.evidence.bodycamera.BodyCameraFootage;
import org.leoprotocol.evidence.intake.ResumableUploads;
import org.leoprotocol.evidence.intake.UploadCompletion;
import org.leoprotocol.evidence.intake.WholeFileIngest;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.Actor;

import org.springframework.stereotype.Service;

/**
 * Takes evidence into custody, streaming: a sender declares the file, sends it in chunks at stated offsets, may ask how
 * much arrived and resume after a dropped connection, then completes. Any node takes any request: what an upload has
 * received lives in the object store as the parts of a multipart upload (one part per chunk, a chunk longer than
 * {@link BlobStore#partSize()} as several), and how far it got lives in its database row, together with the state of
 * the SHA-256 over every byte so far. Each piece is written to a spool file and fed to SHA-256 in the same pass (never
 * held in memory), stored as a part, and only then counted in the row, so a node that dies loses at most the piece it
 * was receiving. Completion names the type from the file's first bytes (kept in the row), checks size and declared
 * hash, joins the parts in the store and records INGESTED in the custody ledger. A refused, abandoned or expired upload
 * leaves nothing behind. Spring's multipart support is not used: it spools whole parts (1 MB per file and 10 MB per
 * request by default, Spring Boot's {@code MultipartProperties}).
 *
 * <p>
 * The hash is carried from node to node as the SHA-256 state itself (Bouncy Castle's encodable digest state: the eight
 * chaining words, the unprocessed block and the length, FIPS 180-4 section 6.2), not recomputed: re-reading a 36 GB
 * shift recording from the store at completion would hold the last request for minutes.
 *
 * <p>
 * This facade is what other modules call; each use case lives in the intake sub-package: the resumable upload's life
 * ({@link ResumableUploads}), its completion into custody ({@link UploadCompletion}) and the whole file sent in one
 * request ({@link WholeFileIngest}).
 */
@Service
public class EvidenceIntake {

	public static final String COMPONENT = "evidence";

	private final ResumableUploads resumable;
	private final UploadCompletion completion;
	private final WholeFileIngest wholeFile;
	private final BodyCameraFootage footage;

	EvidenceIntake(ResumableUploads resumable, UploadCompletion completion, WholeFileIngest wholeFile,
			BodyCameraFootage footage) {
		this.resumable = resumable;
		this.completion = completion;
		this.wholeFile = wholeFile;
		this.footage = footage;
	}

	/** Opens an upload: its row, and the store's multipart upload; no bytes yet. */
	public UploadStatus begin(NewUpload upload, Actor actor) {
		return resumable.begin(upload, actor);
	}

	/** How many bytes have arrived: where a resumed upload continues, on whichever node. */
	public UploadStatus status(UUID id, Actor actor) {
		return resumable.status(id, actor);
	}

	/**
	 * Appends the bytes of {@code chunk} at {@code offset}, which must be exactly the number of bytes received. If the
	 * connection drops, what arrived is kept and hashed; the sender asks {@link #status} and resumes.
	 */
	public UploadStatus receive(UUID id, long offset, InputStream chunk, Actor actor) {
		return resumable.receive(id, offset, chunk, actor);
	}

	/** Finishes the upload: checks it, stores it and records it; returns the item. Completing twice is harmless. */
	public EvidenceItem complete(UUID id, Actor actor) {
		return completion.complete(id, actor);
	}

	/**
	 * Where a body-camera clip was placed in time, or why it could not be: the sentence its uploader reads, in their
	 * language, its times in UTC as the footage's own metadata gives them. Empty for other kinds of evidence.
	 */
	@Audited(value = AuditAction.READ, record = "EvidenceItem", detail = "audit.detail.evidence.footage-note")
	public Optional<FootagePlacement> footageNote(EvidenceId id) {
		return footage.page(id, BodyCameraFootage.UTC::format);
	}

	/** Sends a whole file in one request: begin, one chunk, complete; on any refusal nothing remains. */
	public EvidenceItem ingest(NewUpload upload, InputStream content, Actor actor) {
		return wholeFile.ingest(upload, content, actor);
	}

	/** Gives up an upload: its parts and its record go. */
	public void abandon(UUID id, Actor actor) {
		resumable.abandon(id, actor);
	}

	/**
	 * Aborts the uploads nobody has sent to for {@code idle}: their parts would otherwise stay in the store (and be
	 * billed) for ever. Runs on one node of the cluster at a time; returns how many went.
	 */
	public int expireIdle(Duration idle) {
		return resumable.expireIdle(idle);
	}

	/** Where an upload stands; {@code evidence} is set once it completed. */
	public record UploadStatus(UUID id, long receivedBytes, long declaredSize, EvidenceId evidence) {
	}
}
