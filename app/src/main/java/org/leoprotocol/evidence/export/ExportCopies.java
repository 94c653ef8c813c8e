package org.leoprotocol.evidence.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.store.BlobStore;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Component;

/**
 * The watermarked copies of exports, made in a work directory: stamped from the original (videos in the background), or
 * taken as stamped outside Leo. A finished copy is kept in the store and recorded in the custody ledger as EXPORTED
 * with its hash and the original's before the export is ready; a copy that fails leaves the export failed and nothing
 * recorded.
 */
@Component
public class ExportCopies {

	private static final Logger log = LoggerFactory.getLogger(ExportCopies.class);

	private final Exports exports;
	private final CustodyLedger ledger;
	private final BlobStore store;
	private final Clock clock;
	private final Path workDirectory;
	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "evidence-export");
		thread.setDaemon(true);
		return thread;
	});

	ExportCopies(Exports exports, CustodyLedger ledger, BlobStore store, Clock clock, EvidenceProperties properties) {
		this.exports = exports;
		this.ledger = ledger;
		this.store = store;
		this.clock = clock;
		this.workDirectory = properties.directory().resolve("exports-in-progress");
	}

	/** Stamps the export's copy of the item: now, or in the background when the stamp is slow (videos). */
	public void stamp(EvidenceExport export, EvidenceItem item, String mediaType, WatermarkStamp stamp) {
		if (stamp.slow()) {
			background.execute(() -> produce(export, item, mediaType, target -> stamp(item, stamp, export, target)));
		}
		else {
			produce(export, item, mediaType, target -> stamp(item, stamp, export, target));
		}
	}

	/** A copy stamped outside Leo, received into the work directory; {@link #discard} it once done. */
	public Path receive(InputStream stampedCopy) throws IOException {
		Files.createDirectories(workDirectory);
		Path copy = Files.createTempFile(workDirectory, "stamped-", ".copy");
		try {
			Files.copy(stampedCopy, copy, StandardCopyOption.REPLACE_EXISTING);
			return copy;
		}
		catch (IOException | RuntimeException ex) {
			discard(copy);
			throw ex;
		}
	}

	/** Makes a received copy the export's copy. */
	public void take(EvidenceExport export, EvidenceItem item, String mediaType, Path copy) {
		produce(export, item, mediaType, target -> Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING));
	}

	/** Stamps the item's original into {@code target}, from a local copy when the store keeps it elsewhere. */
	private void stamp(EvidenceItem item, WatermarkStamp stamp, EvidenceExport export, Path target)
			throws IOException {
		Path copy = null;
		try {
			Path original = store.localFile(item.storageKey()).orElse(null);
			if (original == null) {
				copy = workDirectory.resolve(export.id() + ".original");
				try (InputStream in = store.open(item.storageKey())) {
					Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
				}
				original = copy;
			}
			stamp.stamp(original, item.mediaType(), target, export.watermark(),
					percent -> exports.progress(export.id(), percent, clock.instant()));
		}
		finally {
			discard(copy);
		}
	}

	private void produce(EvidenceExport export, EvidenceItem item, String mediaType, CopyWriter writer) {
		Path target = workDirectory.resolve(export.id() + ".part");
		try {
			Files.createDirectories(workDirectory);
			writer.write(target);
			String sha256 = sha256(target);
			long size = Files.size(target);
			String key = store.keep(target, sha256);
			ledger.record(item.id(), CustodyAction.EXPORTED, "export=" + export.id() + " code=" + export.code()
					+ " recipient=" + export.recipient() + " parent_sha256=" + item.sha256() + " export_sha256="
					+ sha256,
					Actor.staff(export.requestedBy()));
			exports.ready(export.id(), mediaType, sha256, size, key);
		}
		catch (WrongState | InvalidInput ex) {
			log.warn("Export {} of {} failed: {}", export.id(), item.id(), ex.getMessage());
			exports.failed(export.id(), Sentence.ofText(ex.messageKey(), ex.messageArguments()));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Export {} of {} failed", export.id(), item.id(), ex);
			exports.failed(export.id(), Sentence.ofText(FailureReason.OTHER,
					ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage()));
		}
		finally {
			discard(target);
		}
	}

	/** The SHA-256 of a file, in hex, as the ledger records it. */
	public static String sha256(Path file) throws IOException {
		MessageDigest digest = MerkleHash.sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** Deletes a file of the work directory, if there is one; a failure is only logged. */
	public void discard(Path file) {
		try {
			if (file != null) {
				Files.deleteIfExists(file);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete {}", file, ex);
		}
	}

	@PreDestroy
	void stop() {
		background.shutdownNow();
	}

	/** Writes the copy of an export to the path given. */
	@FunctionalInterface
	private interface CopyWriter {

		void write(Path target) throws IOException;
	}
}
