package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.evidence.EvidenceCustody.Opened;
import org.leoprotocol.evidence.access.EvidenceAccess;
import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.export.Exports;
import org.leoprotocol.evidence.export.StampedCopy;
import org.leoprotocol.evidence.export.VideoStamp;
import org.leoprotocol.evidence.export.Watermark;
import org.leoprotocol.evidence.export.WatermarkStamp;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.store.BlobStore;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/**
 * Traceable exports (forensic watermarking): each export is a copy for one named recipient with a visible watermark
 * (recipient, time, export code) and, where the medium allows, a machine-readable mark. Its SHA-256 and the original's
 * go into the custody ledger as EXPORTED before the copy can be downloaded, so a leaked file is traced by its hash, or
 * by the code it carries when it was re-encoded. Videos are stamped in the background.
 */
@Service
public class EvidenceExports {

	private static final Logger log = LoggerFactory.getLogger(EvidenceExports.class);

	private final EvidenceItems items;
	private final Exports exports;
	private final EvidenceAccess access;
	private final CustodyLedger ledger;
	private final BlobStore store;
	private final AuditTrail audit;
	private final Clock clock;
	private final Path workDirectory;
	private final List<WatermarkStamp> stamps;
	private final ExecutorService background = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "evidence-export");
		thread.setDaemon(true);
		return thread;
	});

	EvidenceExports(EvidenceItems items, Exports exports, EvidenceAccess access, CustodyLedger ledger, BlobStore store,
			AuditTrail audit, Clock clock, EvidenceProperties properties, VideoStamp video) {
		this.items = items;
		this.exports = exports;
		this.access = access;
		this.ledger = ledger;
		this.store = store;
		this.audit = audit;
		this.clock = clock;
		this.workDirectory = properties.directory().resolve("exports-in-progress");
		this.stamps = WatermarkStamp.all(video);
	}

	static final Duration STALLED_AFTER = Duration.ofMinutes(10);

	/** Starts an export for a recipient; images, PDFs and text are ready on return, videos follow in the background. */
	public EvidenceExport export(EvidenceId id, String recipient, String purpose, Authentication user) {
		String to = required(recipient, "the recipient");
		String why = required(purpose, "the purpose of the export");
		EvidenceItem item = exportable(id, user);
		WatermarkStamp stamp = stampFor(item);
		if (stamp instanceof VideoStamp video && !video.installed()) {
			throw new IllegalStateException(
					"Video exports need ffmpeg, which is not installed on this server (Debian: apt-get install ffmpeg)");
		}
		EvidenceExport export = start(item, Watermark.newCode(), to, why, user);
		String mediaType = stamp.exportType(item.mediaType());
		if (stamp.slow()) {
			background.execute(() -> produce(export, item, mediaType, target -> stamp(item, stamp, export, target)));
		}
		else {
			produce(export, item, mediaType, target -> stamp(item, stamp, export, target));
		}
		return get(export.id());
	}

	/**
	 * Records an export whose watermarked copy was stamped outside Leo, ahead of time, with the same watermark Leo
	 * burns in (the demo's holding-room clip ships with its exports, so a demo starts without ffmpeg). The copy must be
	 * of the type Leo's own stamp would make and carry its export code in its bytes (a video's {@code comment} tag, a
	 * PDF's metadata, a text's first line); the code must be new. From there it is an export like any other: kept in
	 * the store, recorded as EXPORTED with both hashes, traced by its hash.
	 */
	public EvidenceExport exportStampedCopy(EvidenceId id, String code, String recipient, String purpose,
			InputStream stampedCopy, Authentication user) throws IOException {
		String to = required(recipient, "the recipient");
		String why = required(purpose, "the purpose of the export");
		String mark = Watermark.normalize(code)
			.orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not an export code"));
		if (exports.byCode(mark).isPresent()) {
			throw new IllegalStateException("Export code LEO-" + mark + " is already used by another export");
		}
		EvidenceItem item = exportable(id, user);
		String mediaType = stampFor(item).exportType(item.mediaType());
		Files.createDirectories(workDirectory);
		Path copy = Files.createTempFile(workDirectory, "stamped-", ".copy");
		try {
			Files.copy(stampedCopy, copy, StandardCopyOption.REPLACE_EXISTING);
			StampedCopy.check(copy, mediaType, mark);
			EvidenceExport export = start(item, mark, to, why, user);
			produce(export, item, mediaType, target -> Files.move(copy, target, StandardCopyOption.REPLACE_EXISTING));
			return get(export.id());
		}
		finally {
			deleteQuietly(copy);
		}
	}

	private EvidenceItem exportable(EvidenceId id, Authentication user) {
		EvidenceItem item = items.get(id);
		access.require(user, item, "export");
		EvidenceCustody.requireAvailable(item);
		return item;
	}

	private WatermarkStamp stampFor(EvidenceItem item) {
		return stamps.stream().filter(s -> s.accepts(item.mediaType())).findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"Leo cannot watermark " + item.mediaType() + " files yet, so it will not export one"));
	}

	private EvidenceExport start(EvidenceItem item, String code, String to, String why, Authentication user) {
		EvidenceExport export = new EvidenceExport(UUID.randomUUID(), code, item.id(), to, why, user.getName(),
				clock.instant().truncatedTo(ChronoUnit.SECONDS), EvidenceExport.State.RUNNING, 0, null, null, null,
				null, null);
		exports.insert(export);
		audit.read(EvidenceIntake.COMPONENT, RecordReference.of("EvidenceExport", export.id()),
				"export of " + item.id() + " for " + to);
		return export;
	}

	/**
	 * Fails exports that stopped making progress: their node died (a crash, a deploy) before the copy was ready. The
	 * original is untouched and nothing was recorded as exported; the person can start the export again.
	 */
	public int abandonStalled() {
		return exports.failStalled(clock.instant().minus(STALLED_AFTER),
				"Interrupted: the server producing this copy stopped"
						+ " before it was ready (no progress for " + STALLED_AFTER.toMinutes()
						+ " minutes). Start the export again.");
	}

	public EvidenceExport get(UUID id) {
		return exports.find(id).orElseThrow(() -> new NoSuchElementException("No export " + id));
	}

	public List<EvidenceExport> of(EvidenceId evidence) {
		return exports.of(evidence);
	}

	/** Opens a finished export for download; recorded as DOWNLOADED (with the export's id) before it is served. */
	public Opened open(UUID exportId, Authentication user) {
		EvidenceExport export = get(exportId);
		EvidenceItem item = items.get(export.evidence());
		access.require(user, item, "download export");
		if (export.state() != EvidenceExport.State.READY) {
			throw new IllegalStateException("Export " + export.code() + " is " + export.state().name().toLowerCase()
					+ (export.state() == EvidenceExport.State.RUNNING ? " (" + export.progress() + "%)"
							: ": " + export.failure()));
		}
		ledger.record(item.id(), CustodyAction.DOWNLOADED,
				"export=" + export.id() + " code=" + export.code() + " sha256=" + export.sha256());
		audit.read(EvidenceIntake.COMPONENT, RecordReference.of("EvidenceExport", export.id()), "downloaded");
		String name = downloadName(export, item);
		return new Opened(name, export.mediaType(), export.sha256(), export.storageKey(), store);
	}

	private static String downloadName(EvidenceExport export, EvidenceItem item) {
		return "LEO-" + export.code() + "-" + item.fileName().replaceAll("\\.[^.]*$", "")
				+ extension(export.mediaType());
	}

	/**
	 * The receipt of a finished export ({@code <download name>.proof}): its EXPORTED custody event, the inclusion proof
	 * of that event and the ledger's signed checkpoint, for {@code leo verify-export} or the standalone jar.
	 */
	public Receipt receipt(UUID exportId, Authentication user) {
		EvidenceExport export = get(exportId);
		EvidenceItem item = items.get(export.evidence());
		access.require(user, item, "export receipt");
		CustodyEvent recorded = ledger.history(item.id()).stream()
			.filter(e -> e.action() == CustodyAction.EXPORTED && e.detail().startsWith("export=" + export.id() + " "))
			.findFirst().orElseThrow(() -> new IllegalStateException(
					"Export " + export.code() + " is not ready, so it has no receipt yet"));
		audit.read(EvidenceIntake.COMPONENT, RecordReference.of("EvidenceExport", export.id()), "receipt");
		return new Receipt(downloadName(export, item) + ".proof", ledger.proveEntry(recorded).text());
	}

	/** A receipt's file name and text. */
	public record Receipt(String fileName, String text) {
	}

	/** Writes the copy of an export to the path given. */
	@FunctionalInterface
	private interface CopyWriter {

		void write(Path target) throws IOException;
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
			deleteQuietly(copy);
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
			ledger.recordFor(export.requestedBy(), item.id(), CustodyAction.EXPORTED, "export=" + export.id() + " code="
					+ export.code() + " recipient=" + export.recipient() + " parent_sha256=" + item.sha256()
					+ " export_sha256=" + sha256);
			exports.ready(export.id(), mediaType, sha256, size, key);
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Export {} of {} failed", export.id(), item.id(), ex);
			exports.failed(export.id(), ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
		}
		finally {
			deleteQuietly(target);
		}
	}

	static String sha256(Path file) throws IOException {
		MessageDigest digest = MerkleHash.sha256();
		try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
			in.transferTo(java.io.OutputStream.nullOutputStream());
		}
		return HexFormat.of().formatHex(digest.digest());
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

	private static String required(String value, String what) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Name " + what);
		}
		if (value.length() > 200) {
			throw new IllegalArgumentException("Keep " + what + " under 200 characters");
		}
		return value.strip();
	}

	private static void deleteQuietly(Path file) {
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
}
