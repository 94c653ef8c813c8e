package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Blobs as read-only files under {@code <directory>/blobs/ab/cd/<sha256>}. A finished upload arrives by an atomic
 * rename on the same filesystem, so a blob is either wholly there or not there at all. Identical content is kept
 * once.
 */
class FileSystemBlobStore implements BlobStore {

	private final Path root;

	FileSystemBlobStore(Path directory) {
		this.root = directory.resolve("blobs");
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
