package org.leoprotocol.evidence.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;

import org.bouncycastle.crypto.digests.SHA256Digest;

import org.leoprotocol.evidence.EvidenceIntake.UploadStatus;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import org.springframework.transaction.support.TransactionTemplate;

/**
 * One request's chunk on its way into the store, piece by piece: a piece is at most a part long
 * ({@link BlobStore#partSize()}), written to a spool file while fed to SHA-256 in the same pass (never held in memory),
 * then stored as a part (or, too short to be one, as the tail the next chunk continues) and only then counted in the
 * upload's row, so a node that dies loses at most the piece it was receiving. The row carries the SHA-256 state itself
 * (Bouncy Castle's encodable digest state: the eight chaining words, the unprocessed block and the length, FIPS 180-4
 * section 6.2) from chunk to chunk and node to node, and the file's first bytes that later name its type. A piece is
 * counted only if the row still says where the chunk began, so two requests racing with the same bytes cannot both
 * count them.
 */
final class ChunkReceiving {

	private static final int BUFFER = 256 * 1024;

	private final Upload upload;
	private final BlobStore store;
	private final Uploads uploads;
	private final TransactionTemplate transaction;
	private final Clock clock;
	private final long declared;
	private final long minimumPart;
	private final long partSize;
	private final SHA256Digest digest;
	private final ByteArrayOutputStream head = new ByteArrayOutputStream();
	private UploadProgress committed;
	private Path piece;
	private FileChannel out;
	private long pieceBytes;
	private long fresh;

	ChunkReceiving(Upload upload, BlobStore store, Uploads uploads, TransactionTemplate transaction, Clock clock) {
		this.upload = upload;
		this.store = store;
		this.uploads = uploads;
		this.transaction = transaction;
		this.clock = clock;
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
					throw IntakeRefused.tooLarge("evidence.upload.beyond-declared", declared);
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
			throw new InvalidInput("evidence.upload.dropped", committed.received());
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
				pieceBytes = tail.transferTo(Channels.newOutputStream(out));
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
			UploadProgress next = new UploadProgress(received, digest.getEncodedState(), parts, tailTag,
					tailTag == null ? 0 : size,
					head.toByteArray());
			String tag = partTag;
			Boolean counted = transaction.execute(
					status -> uploads.advance(upload.id(), committed.received(), next, tag, size, clock.instant()));
			if (!Boolean.TRUE.equals(counted)) {
				throw new WrongState("evidence.upload.concurrent");
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

	/** The sender's connection broke in the middle of a chunk. */
	private static final class Dropped extends RuntimeException {

		Dropped(IOException cause) {
			super(cause);
		}
	}
}
