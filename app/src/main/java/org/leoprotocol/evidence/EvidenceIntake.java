package org.leoprotocol.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.access.AccessRefused;
import org.leoprotocol.evidence.bodycamera.BodyCameraFootage;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.intake.ContentSniffer;
import org.leoprotocol.evidence.intake.IntakeRefused;
import org.leoprotocol.evidence.intake.Uploads.Progress;
import org.leoprotocol.evidence.intake.Uploads.Upload;
import org.leoprotocol.evidence.intake.Uploads;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.store.BlobStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

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
 */
@Service
public class EvidenceIntake {

	public static final String COMPONENT = "evidence";
	private static final int BUFFER = 256 * 1024;

	private final Uploads uploads;
	private final EvidenceItems items;
	private final BlobStore store;
	private final CustodyLedger ledger;
	private final AuditTrail audit;
	private final BodyCameraFootage footage;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final EvidenceProperties properties;

	EvidenceIntake(Uploads uploads, EvidenceItems items, BlobStore store, CustodyLedger ledger, AuditTrail audit,
			TransactionTemplate transaction, Clock clock, EvidenceProperties properties, BodyCameraFootage footage) {
		this.uploads = uploads;
		this.items = items;
		this.store = store;
		this.ledger = ledger;
		this.audit = audit;
		this.footage = footage;
		this.transaction = transaction;
		this.clock = clock;
		this.properties = properties;
	}

	/** Opens an upload: its row, and the store's multipart upload; no bytes yet. */
	public UploadStatus begin(NewUpload upload, String user) {
		if (upload.declaredSize() > properties.maxSize().toBytes()) {
			throw IntakeRefused.tooLarge("The file is " + upload.declaredSize() + " bytes; the most Leo accepts is "
					+ properties.maxSize().toBytes() + " bytes (leo.evidence.max-size)");
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
			uploads.insert(id, upload, user, clock.instant(), handle, new SHA256Digest().getEncodedState());
			audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("EvidenceUpload", id), upload.kind() + " "
					+ upload.declaredSize() + " bytes");
		});
		return new UploadStatus(id, 0, upload.declaredSize(), null);
	}

	/** How many bytes have arrived: where a resumed upload continues, on whichever node. */
	public UploadStatus status(UUID id, String user) {
		Upload upload = owned(id, user);
		return new UploadStatus(id, received(upload), upload.declared().declaredSize(), upload.evidence());
	}

	/**
	 * Appends the bytes of {@code chunk} at {@code offset}, which must be exactly the number of bytes received. If the
	 * connection drops, what arrived is kept and hashed; the sender asks {@link #status} and resumes.
	 */
	public UploadStatus receive(UUID id, long offset, InputStream chunk, String user) {
		Upload upload = owned(id, user);
		requireOpen(upload);
		long received = upload.progress().received();
		if (offset != received) {
			throw new IllegalStateException(
					"This upload has received " + received + " bytes; send the chunk that starts at byte "
							+ received + ", not " + offset);
		}
		return new Receiving(upload).take(chunk);
	}

	/** Finishes the upload: checks it, stores it and records it; returns the item. Completing twice is harmless. */
	public EvidenceItem complete(UUID id, String user) {
		Upload upload = owned(id, user);
		if (upload.evidence() != null) {
			return items.get(upload.evidence());
		}
		NewUpload declared = upload.declared();
		long received = received(upload);
		if (received != declared.declaredSize()) {
			throw new IllegalStateException("Received " + received + " of " + declared.declaredSize()
					+ " bytes; send the rest from byte " + received + " before completing");
		}
		String mediaType = sniff(upload);
		byte[] digest = new byte[32];
		new SHA256Digest(upload.progress().hashState()).doFinal(digest, 0);
		String sha256 = HexFormat.of().formatHex(digest);
		if (declared.declaredSha256() != null && !declared.declaredSha256().equals(sha256)) {
			discard(upload);
			throw IntakeRefused.mismatch("The file's SHA-256 is " + sha256 + " but the sender declared "
					+ declared.declaredSha256() + "; the upload was discarded, send it again");
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
		BodyCameraFootage.Span span = declared.kind() == EvidenceKind.BODY_CAMERA_VIDEO ? probe(key, declared) : null;
		return record(upload, mediaType, sha256, key, user, span);
	}

	/**
	 * Reads a body-camera clip's own metadata (recording start, length, device serial) once it is whole in the store.
	 * ffprobe needs a file it can seek in (an MP4's index may sit at its end), so the clip is copied to this node's
	 * spool folder for the probe and removed after it; the copy holds nothing another node needs.
	 */
	private BodyCameraFootage.Span probe(String key, NewUpload declared) {
		Path copy = null;
		try {
			Files.createDirectories(store.spoolDirectory());
			copy = Files.createTempFile(store.spoolDirectory(), "probe-", ".clip");
			try (InputStream clip = store.open(key)) {
				Files.copy(clip, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
			}
			return footage.read(copy, declared.recording());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the clip back from the evidence store to place it in time",
					ex);
		}
		finally {
			if (copy != null) {
				try {
					Files.deleteIfExists(copy);
				}
				catch (IOException ignored) {
					// a leftover in the spool folder is removed with the next start's temporary files
				}
			}
		}
	}

	/**
	 * Where a body-camera clip was placed in time, or why it could not be: the sentence its uploader reads. Empty for
	 * other kinds of evidence.
	 */
	public Optional<String> footageNote(EvidenceId id) {
		return footage.note(id);
	}

	/** Sends a whole file in one request: begin, one chunk, complete; on any refusal nothing remains. */
	public EvidenceItem ingest(NewUpload upload, InputStream content, String user) {
		UploadStatus started = begin(upload, user);
		try {
			receive(started.id(), 0, content, user);
			return complete(started.id(), user);
		}
		catch (RuntimeException refused) {
			uploads.find(started.id()).filter(left -> left.evidence() == null).ifPresent(this::discard);
			throw refused;
		}
	}

	/** Gives up an upload: its parts and its record go. */
	public void abandon(UUID id, String user) {
		Upload upload = owned(id, user);
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

	private void discard(Upload upload) {
		try {
			store.abortParts(upload.id(), upload.handle());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		transaction.executeWithoutResult(status -> uploads.delete(upload.id()));
	}

	private EvidenceItem record(Upload upload, String mediaType, String sha256, String key, String user,
			BodyCameraFootage.Span span) {
		NewUpload declared = upload.declared();
		EvidenceItem.Recording recording = span == null ? declared.recording()
				: BodyCameraFootage.recording(span, declared.recording());
		EvidenceItem item = new EvidenceItem(EvidenceId.random(), declared.kind(), mediaType, declared.fileName(),
				declared.declaredSize(), sha256, key, recording, clock.instant(), user, EvidenceItem.State.ACTIVE,
				null);
		return transaction.execute(status -> {
			if (!uploads.completed(upload.id(), item.id())) {
				return items.get(uploads.find(upload.id()).orElseThrow().evidence());
			}
			items.insert(item);
			if (declared.caseReference() != null) {
				items.link(item.id(), new EvidenceLink(EvidenceLink.Kind.CASE, declared.caseReference(), null,
						clock.instant(), user));
			}
			if (declared.incidentReference() != null) {
				items.link(item.id(), new EvidenceLink(EvidenceLink.Kind.INCIDENT, declared.incidentReference(), null,
						clock.instant(), user));
			}
			audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("EvidenceItem", item.id()),
					"sha256 " + sha256);
			ledger.record(item.id(), CustodyAction.INGESTED, "sha256=" + sha256 + " size=" + item.sizeBytes() + " type="
					+ mediaType + " kind=" + item.kind() + " file=" + item.fileName());
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
			discard(upload);
			throw IntakeRefused.unsupported(mediaType == null
					? "Leo cannot tell what kind of file this is from its content; the upload was discarded"
					: "A " + mediaType + " file is not " + declared.kind().label().toLowerCase()
							+ "; the upload was discarded");
		}
		return mediaType;
	}

	private Upload owned(UUID id, String user) {
		Upload upload = uploads.find(id).orElseThrow(() -> new NoSuchElementException("No upload " + id));
		if (!upload.createdBy().equals(user)) {
			throw new AccessRefused("This upload was started by another staff member");
		}
		return upload;
	}

	private static void requireOpen(Upload upload) {
		if (upload.evidence() != null) {
			throw new IllegalStateException("This upload is complete: it became evidence item " + upload.evidence());
		}
	}

	private static long received(Upload upload) {
		return upload.evidence() != null ? upload.declared().declaredSize() : upload.progress().received();
	}

	/**
	 * One request's chunk on its way into the store, piece by piece: a piece is at most a part long, written to a spool
	 * file while hashed, then stored as a part (or, too short to be one, as the tail the next chunk continues) and
	 * counted in the upload's row.
	 */
	private final class Receiving {

		private final Upload upload;
		private final long declared;
		private final long minimumPart;
		private final long partSize;
		private final SHA256Digest digest;
		private final ByteArrayOutputStream head = new ByteArrayOutputStream();
		private Progress committed;
		private Path piece;
		private FileChannel out;
		private long pieceBytes;
		private long fresh;

		Receiving(Upload upload) {
			this.upload = upload;
			this.declared = upload.declared().declaredSize();
			this.minimumPart = store.minimumPart(declared);
			this.partSize = Math.max(store.partSize(), minimumPart);
			this.committed = upload.progress();
			this.digest = new SHA256Digest(committed.hashState());
			if (committed.head() != null) {
				head.writeBytes(committed.head());
			}
		}

		UploadStatus take(InputStream chunk) {
			try {
				openPiece();
				byte[] buffer = new byte[BUFFER];
				for (int n = read(chunk, buffer); n != -1; n = read(chunk, buffer)) {
					if (committed.received() + fresh + n > declared) {
						throw IntakeRefused.tooLarge("The upload was declared as " + declared
								+ " bytes; this chunk goes beyond that, so it was discarded");
					}
					write(buffer, n);
					if (pieceBytes >= partSize) {
						count();
						openPiece();
					}
				}
				count();
				return new UploadStatus(upload.id(), committed.received(), declared, null);
			}
			catch (Dropped dropped) {
				count();
				throw new IntakeRefused(400,
						"The connection dropped; " + committed.received() + " bytes are safely received."
								+ " Ask for the upload's status and resume from there");
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not keep the upload in the evidence store", ex);
			}
			finally {
				closePiece();
			}
		}

		private static int read(InputStream chunk, byte[] buffer) {
			try {
				return chunk.read(buffer);
			}
			catch (IOException ex) {
				throw new Dropped(ex);
			}
		}

		private void openPiece() throws IOException {
			Files.createDirectories(store.spoolDirectory());
			piece = Files.createTempFile(store.spoolDirectory(), upload.id().toString(), ".piece");
			out = FileChannel.open(piece, StandardOpenOption.WRITE);
			pieceBytes = 0;
			fresh = 0;
			if (committed.tailTag() != null) {
				try (InputStream tail = store.openTail(upload.id(), committed.tailTag())) {
					pieceBytes = tail.transferTo(java.nio.channels.Channels.newOutputStream(out));
				}
			}
		}

		private void write(byte[] buffer, int n) throws IOException {
			ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
			while (bytes.hasRemaining()) {
				out.write(bytes);
			}
			digest.update(buffer, 0, n);
			if (head.size() < ContentSniffer.NEEDED) {
				head.write(buffer, 0, Math.min(n, ContentSniffer.NEEDED - head.size()));
			}
			pieceBytes += n;
			fresh += n;
		}

		/** Stores the piece and counts it; a piece with nothing new is dropped (its tail stays where it was). */
		private void count() {
			if (fresh == 0) {
				closePiece();
				return;
			}
			long received = committed.received() + fresh;
			long size = pieceBytes;
			try {
				out.force(false);
				out.close();
				int parts = committed.parts();
				String partTag = null;
				String tailTag = null;
				if (size >= minimumPart || received == declared) {
					parts++;
					partTag = store.putPart(upload.id(), upload.handle(), parts, piece);
				}
				else {
					tailTag = store.putTail(upload.id(), piece);
				}
				piece = null;
				Progress next = new Progress(received, digest.getEncodedState(), parts, tailTag,
						tailTag == null ? 0 : size,
						head.toByteArray());
				String tag = partTag;
				Boolean counted = transaction
					.execute(status -> uploads.advance(upload.id(), committed.received(), next, tag, size,
							clock.instant()));
				if (!Boolean.TRUE.equals(counted)) {
					throw new IllegalStateException(
							"Another request sent the same bytes of this upload at the same time; ask for"
									+ " the upload's status and resume from there");
				}
				if (committed.tailTag() != null) {
					store.deleteTail(upload.id(), committed.tailTag());
				}
				committed = next;
				fresh = 0;
				pieceBytes = 0;
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not keep the upload in the evidence store", ex);
			}
		}

		private void closePiece() {
			try {
				if (out != null) {
					out.close();
				}
				if (piece != null) {
					Files.deleteIfExists(piece);
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			finally {
				piece = null;
				out = null;
			}
		}
	}

	/** The sender's connection broke in the middle of a chunk. */
	private static final class Dropped extends RuntimeException {

		Dropped(IOException cause) {
			super(cause);
		}
	}

	/** Where an upload stands; {@code evidence} is set once it completed. */
	public record UploadStatus(UUID id, long receivedBytes, long declaredSize, EvidenceId evidence) {
	}
}
