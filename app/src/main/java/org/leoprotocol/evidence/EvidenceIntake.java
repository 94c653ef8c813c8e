package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.Uploads.Upload;
import org.leoprotocol.evidence.ledger.MerkleHash;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes evidence into custody, streaming: a sender declares the file, sends it in chunks at stated offsets (each
 * written to a part file and fed to SHA-256 in the same pass, never held in memory), may ask how much arrived
 * and resume after a dropped connection, then completes. Completion names the type from the content, checks size
 * and declared hash, moves the file into the store in one atomic step and records INGESTED in the custody ledger.
 * A refused or abandoned upload leaves nothing behind. Spring's multipart support is not used: it spools whole
 * parts (1 MB per file and 10 MB per request by default, Spring Boot's {@code MultipartProperties}).
 */
@Service
public class EvidenceIntake {

	static final String COMPONENT = "evidence";
	private static final int BUFFER = 256 * 1024;

	private final Uploads uploads;
	private final EvidenceItems items;
	private final BlobStore store;
	private final CustodyLedger ledger;
	private final AuditTrail audit;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final EvidenceProperties properties;
	private final BodyCameraFootage footage;
	private final Map<UUID, Progress> hashing = new ConcurrentHashMap<>();
	private final Map<UUID, Object> locks = new ConcurrentHashMap<>();

	EvidenceIntake(Uploads uploads, EvidenceItems items, BlobStore store, CustodyLedger ledger, AuditTrail audit,
			TransactionTemplate transaction, Clock clock, EvidenceProperties properties,
			BodyCameraFootage footage) {
		this.footage = footage;
		this.uploads = uploads;
		this.items = items;
		this.store = store;
		this.ledger = ledger;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
		this.properties = properties;
	}

	/** Opens an upload; nothing is stored yet but an empty part file. */
	public UploadStatus begin(NewUpload upload, String user) {
		if (upload.declaredSize() > properties.maxSize().toBytes()) {
			throw IntakeRefused.tooLarge("The file is " + upload.declaredSize() + " bytes; the most Leo accepts is "
					+ properties.maxSize().toBytes() + " bytes (leo.evidence.max-size)");
		}
		UUID id = UUID.randomUUID();
		try {
			Files.createDirectories(partsDirectory());
			Files.createFile(part(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open an upload in " + partsDirectory(), ex);
		}
		transaction.executeWithoutResult(status -> {
			uploads.insert(id, upload, user, clock.instant());
			audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("EvidenceUpload", id), upload.kind() + " "
					+ upload.declaredSize() + " bytes");
		});
		return new UploadStatus(id, 0, upload.declaredSize(), null);
	}

	/** How many bytes have arrived: where a resumed upload continues. */
	public UploadStatus status(UUID id, String user) {
		Upload upload = owned(id, user);
		return new UploadStatus(id, received(upload), upload.declared().declaredSize(), upload.evidence());
	}

	/**
	 * Appends the bytes of {@code chunk} at {@code offset}, which must be exactly the number of bytes received.
	 * If the connection drops, what arrived is kept and hashed; the sender asks {@link #status} and resumes.
	 */
	public UploadStatus receive(UUID id, long offset, InputStream chunk, String user) {
		Upload upload = owned(id, user);
		requireOpen(upload);
		synchronized (lock(id)) {
			long received = received(upload);
			if (offset != received) {
				throw new IllegalStateException("This upload has received " + received + " bytes; send the chunk that starts at byte "
						+ received + ", not " + offset);
			}
			Progress progress = progress(id, received);
			long room = upload.declared().declaredSize() - received;
			long written = 0;
			try (FileChannel channel = FileChannel.open(part(id), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
				byte[] buffer = new byte[BUFFER];
				for (int n = read(chunk, buffer, received + written); n != -1; n = read(chunk, buffer, received + written)) {
					if (written + n > room) {
						channel.truncate(received);
						hashing.remove(id);
						throw IntakeRefused.tooLarge("The upload was declared as " + upload.declared().declaredSize()
								+ " bytes; this chunk goes beyond that, so it was discarded");
					}
					ByteBuffer bytes = ByteBuffer.wrap(buffer, 0, n);
					while (bytes.hasRemaining()) {
						channel.write(bytes);
					}
					progress.digest().update(buffer, 0, n);
					written += n;
					progress.hashed = received + written;
				}
				channel.force(false);
			}
			catch (IOException ex) {
				hashing.remove(id);
				throw new UncheckedIOException("Could not write the upload to " + partsDirectory(), ex);
			}
			return new UploadStatus(id, received + written, upload.declared().declaredSize(), null);
		}
	}

	/** Finishes the upload: checks it, stores it and records it; returns the item. Completing twice is harmless. */
	public EvidenceItem complete(UUID id, String user) {
		Upload upload = owned(id, user);
		if (upload.evidence() != null) {
			return items.get(upload.evidence());
		}
		synchronized (lock(id)) {
			NewUpload declared = upload.declared();
			long received = received(upload);
			if (received != declared.declaredSize()) {
				throw new IllegalStateException("Received " + received + " of " + declared.declaredSize()
						+ " bytes; send the rest from byte " + received + " before completing");
			}
			String mediaType = sniff(id, declared);
			String sha256 = HexFormat.of().formatHex(progress(id, received).digest().digest());
			if (declared.declaredSha256() != null && !declared.declaredSha256().equals(sha256)) {
				abandon(id, user);
				throw IntakeRefused.mismatch("The file's SHA-256 is " + sha256 + " but the sender declared "
						+ declared.declaredSha256() + "; the upload was discarded, send it again");
			}
			BodyCameraFootage.Span span = declared.kind() == EvidenceKind.BODY_CAMERA_VIDEO
					? footage.read(part(id), declared.recording()) : null;
			try {
				String key = store.keep(part(id), sha256);
				hashing.remove(id);
				locks.remove(id);
				return record(upload, mediaType, sha256, key, user, span);
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not move the upload into the evidence store", ex);
			}
		}
	}

	/** Sends a whole file in one request: begin, one chunk, complete; on any refusal nothing remains. */
	public EvidenceItem ingest(NewUpload upload, InputStream content, String user) {
		UploadStatus started = begin(upload, user);
		try {
			receive(started.id(), 0, content, user);
			return complete(started.id(), user);
		}
		catch (RuntimeException refused) {
			discard(started.id());
			throw refused;
		}
	}

	/**
	 * Where a body-camera clip was placed in time, or why it could not be: the sentence its uploader reads.
	 * Empty for other kinds of evidence.
	 */
	public Optional<String> footageNote(EvidenceId id) {
		return footage.note(id);
	}

	/** Gives up an upload: its part file and its record go. */
	public void abandon(UUID id, String user) {
		Upload upload = owned(id, user);
		requireOpen(upload);
		discard(id);
	}

	private void discard(UUID id) {
		hashing.remove(id);
		locks.remove(id);
		try {
			Files.deleteIfExists(part(id));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		transaction.executeWithoutResult(status -> uploads.delete(id));
	}

	private EvidenceItem record(Upload upload, String mediaType, String sha256, String key, String user,
			BodyCameraFootage.Span span) {
		NewUpload declared = upload.declared();
		EvidenceItem.Recording recording = span == null ? declared.recording() : BodyCameraFootage.recording(span, declared.recording());
		EvidenceItem item = new EvidenceItem(EvidenceId.random(), declared.kind(), mediaType, declared.fileName(),
				declared.declaredSize(), sha256, key, recording, clock.instant(), user, EvidenceItem.State.ACTIVE,
				null);
		return transaction.execute(status -> {
			items.insert(item);
			uploads.completed(upload.id(), item.id());
			if (declared.caseReference() != null) {
				items.link(item.id(), new EvidenceLink(EvidenceLink.Kind.CASE, declared.caseReference(), null, clock.instant(), user));
			}
			if (declared.incidentReference() != null) {
				items.link(item.id(), new EvidenceLink(EvidenceLink.Kind.INCIDENT, declared.incidentReference(), null,
						clock.instant(), user));
			}
			audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("EvidenceItem", item.id()), "sha256 " + sha256);
			ledger.record(item.id(), CustodyAction.INGESTED, "sha256=" + sha256 + " size=" + item.sizeBytes() + " type="
					+ mediaType + " kind=" + item.kind() + " file=" + item.fileName());
			if (span != null) {
				footage.keep(item, span, declared.incidentReference());
			}
			return item;
		});
	}

	private String sniff(UUID id, NewUpload declared) {
		byte[] head;
		try (InputStream in = Files.newInputStream(part(id))) {
			head = in.readNBytes(ContentSniffer.NEEDED);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String mediaType = ContentSniffer.mediaType(head).orElse(null);
		if (mediaType == null || !declared.kind().accepts(mediaType)) {
			discard(id);
			throw IntakeRefused.unsupported(mediaType == null
					? "Leo cannot tell what kind of file this is from its content; the upload was discarded"
					: "A " + mediaType + " file is not " + declared.kind().label().toLowerCase() + "; the upload was discarded");
		}
		return mediaType;
	}

	private Progress progress(UUID id, long received) {
		Progress progress = hashing.get(id);
		if (progress != null && progress.hashed == received) {
			return progress;
		}
		MessageDigest digest = MerkleHash.sha256();
		try (InputStream in = Files.newInputStream(part(id))) {
			byte[] buffer = new byte[BUFFER];
			long left = received;
			for (int n; left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) != -1; left -= n) {
				digest.update(buffer, 0, n);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Progress rebuilt = new Progress(digest, received);
		hashing.put(id, rebuilt);
		return rebuilt;
	}

	private static int read(InputStream chunk, byte[] buffer, long at) {
		try {
			return chunk.read(buffer);
		}
		catch (IOException dropped) {
			throw new IntakeRefused(400, "The connection dropped; " + at + " bytes are safely received. Ask for the upload's"
					+ " status and resume from there");
		}
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

	private long received(Upload upload) {
		try {
			return upload.evidence() != null ? upload.declared().declaredSize() : Files.size(part(upload.id()));
		}
		catch (IOException ex) {
			throw new NoSuchElementException("Upload " + upload.id() + " has no data on this node");
		}
	}

	private Object lock(UUID id) {
		return locks.computeIfAbsent(id, key -> new Object());
	}

	private Path partsDirectory() {
		return properties.directory().resolve("uploads");
	}

	private Path part(UUID id) {
		return partsDirectory().resolve(id + ".part");
	}

	/** The running SHA-256 of an upload's first {@code hashed} bytes. */
	private static final class Progress {

		private final MessageDigest digest;
		volatile long hashed;

		Progress(MessageDigest digest, long hashed) {
			this.digest = digest;
			this.hashed = hashed;
		}

		MessageDigest digest() {
			return digest;
		}
	}

	/** Where an upload stands; {@code evidence} is set once it completed. */
	public record UploadStatus(UUID id, long receivedBytes, long declaredSize, EvidenceId evidence) {
	}
}
