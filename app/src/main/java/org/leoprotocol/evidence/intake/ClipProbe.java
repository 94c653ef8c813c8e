package org.leoprotocol.evidence.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.evidence.bodycamera.BodyCameraFootage;
import org.leoprotocol.evidence.bodycamera.FootageSpan;
import org.leoprotocol.evidence.store.BlobStore;

/**
 * Reads a body-camera clip's own metadata (recording start, length, device serial) once it is whole in the store, so
 * the clip can be placed in time. ffprobe needs a file it can seek in (an MP4's index may sit at its end), so the clip
 * is copied to this node's spool folder for the probe and removed after it; the copy holds nothing another node needs.
 */
final class ClipProbe {

	private final BlobStore store;
	private final BodyCameraFootage footage;

	ClipProbe(BlobStore store, BodyCameraFootage footage) {
		this.store = store;
		this.footage = footage;
	}

	/** The span the clip stored under {@code key} covers, read from the clip and checked against what was declared. */
	FootageSpan span(String key, NewUpload declared) {
		Path copy = null;
		try {
			Files.createDirectories(store.spoolDirectory());
			copy = Files.createTempFile(store.spoolDirectory(), "probe-", ".clip");
			try (InputStream clip = store.open(key)) {
				Files.copy(clip, copy, StandardCopyOption.REPLACE_EXISTING);
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
}
