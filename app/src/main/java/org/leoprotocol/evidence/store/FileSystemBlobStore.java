package org.leoprotocol.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Blobs as read-only files under {@code <directory>/blobs/ab/cd/<sha256>}. A finished upload arrives by an atomic
 * rename on the same filesystem, so a blob is either wholly there or not there at all. Identical content is kept once.
 *
 * <p>
 * A resumable upload keeps its parts as files under {@code <directory>/uploads/<upload id>/}, each named by a random
 * tag so that a request that lost a race never overwrites the part the database recorded; when the directory is shared
 * by several nodes (NFS), any of them continues it. Completion joins the parts into one file in the same directory (the
 * first part is moved, the others appended at disk speed) and moves it into place.
 */
public class FileSystemBlobStore implements BlobStore {

	private final Path root;
	private final Path uploads;
	private final long partSize;

	public FileSystemBlobStore(Path directory) {
		this(directory, 64L * 1024 * 1024);
	}

	public FileSystemBlobStore(Path directory, long partSize) {
		this.root = directory.resolve("blobs");
		this.uploads = directory.resolve("uploads");
		this.partSize = partSize;
	}

	@Override
	public Path spoolDirectory() {
		return uploads;
	}

	@Override
	public long minimumPart(long declaredSize) {
		return 1;
	}

	@Override
	public long partSize() {
		return partSize;
	}

	@Override
	public String startParts(UUID upload) throws IOException {
		Files.createDirectories(parts(upload));
		return "";
	}

	@Override
	public String putPart(UUID upload, String handle, int number, Path piece) throws IOException {
		String tag = number + "-" + UUID.randomUUID() + ".part";
		Files.createDirectories(parts(upload));
		Files.move(piece, parts(upload).resolve(tag), StandardCopyOption.ATOMIC_MOVE);
		return tag;
	}

	@Override
	public String finishParts(UUID upload, String handle, List<String> tags, String sha256) throws IOException {
		Path joined = uploads.resolve(upload + "-" + UUID.randomUUID() + ".joined");
		Files.move(tagged(upload, tags.get(0)), joined, StandardCopyOption.ATOMIC_MOVE);
		try (FileChannel out = FileChannel.open(joined, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
			for (String tag : tags.subList(1, tags.size())) {
				try (FileChannel in = FileChannel.open(tagged(upload, tag), StandardOpenOption.READ)) {
					long size = in.size();
					for (long done = 0; done < size;) {
						done += in.transferTo(done, size - done, out);
					}
				}
			}
			out.force(false);
		}
		catch (IOException ex) {
			Files.deleteIfExists(joined);
			throw ex;
		}
		String key = keep(joined, sha256);
		abortParts(upload, handle);
		return key;
	}

	@Override
	public void abortParts(UUID upload, String handle) throws IOException {
		if (!Files.isDirectory(parts(upload))) {
			return;
		}
		try (Stream<Path> files = Files.walk(parts(upload))) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(file);
			}
		}
	}

	@Override
	public String putTail(UUID upload, Path piece) throws IOException {
		String tag = "tail-" + UUID.randomUUID();
		Files.createDirectories(parts(upload));
		Files.move(piece, parts(upload).resolve(tag), StandardCopyOption.ATOMIC_MOVE);
		return tag;
	}

	@Override
	public InputStream openTail(UUID upload, String tag) throws IOException {
		return Files.newInputStream(tagged(upload, tag));
	}

	@Override
	public void deleteTail(UUID upload, String tag) throws IOException {
		Files.deleteIfExists(tagged(upload, tag));
	}

	private Path parts(UUID upload) {
		return uploads.resolve(upload.toString());
	}

	private Path tagged(UUID upload, String tag) {
		if (!tag.matches("(\\d+-|tail-)[0-9a-f-]{36}(\\.part)?")) {
			throw new IllegalArgumentException("Not a part of an upload: " + tag);
		}
		return parts(upload).resolve(tag);
	}

	@Override
	public String keep(Path finished, String sha256) throws IOException {
		String key = sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
		Path target = file(key);
		Files.createDirectories(target.getParent());
		if (Files.exists(target)) {
			Files.delete(finished);
		}
		else {
			Files.move(finished, target, StandardCopyOption.ATOMIC_MOVE);
			target.toFile().setReadOnly();
		}
		return key;
	}

	@Override
	public InputStream open(String key) throws IOException {
		return Files.newInputStream(file(key));
	}

	@Override
	public long size(String key) throws IOException {
		return Files.size(file(key));
	}

	@Override
	public void delete(String key) throws IOException {
		Files.deleteIfExists(file(key));
	}

	@Override
	public void legalHold(String key, boolean on) {
		// a filesystem has no legal hold of its own: Leo's retention rules refuse deletion while a hold stands
	}

	@Override
	public Optional<Path> localFile(String key) {
		return Optional.of(file(key));
	}

	private Path file(String key) {
		if (!key.matches("[0-9a-f]{2}/[0-9a-f]{2}/[0-9a-f]{64}")) {
			throw new IllegalArgumentException("Not a blob key: " + key);
		}
		return root.resolve(key);
	}
}
