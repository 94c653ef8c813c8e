package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Optional;

import org.leoprotocol.evidence.store.BlobStore;

/** An item or export opened for use: its bytes, as a local file where the store has one. */
public record OpenedEvidence(String fileName, String mediaType, String sha256, String storageKey, BlobStore store) {

	public Optional<Path> localFile() {
		return store.localFile(storageKey);
	}

	public InputStream stream() throws IOException {
		return store.open(storageKey);
	}
}
