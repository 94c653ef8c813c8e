package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of evidence and exports are kept, named by their SHA-256. Originals are never modified (write once,
 * read many, as S3 Object Lock enforces): a store only takes in finished files, hands them out, places legal holds and
 * deletes.
 */
interface BlobStore {

	/** Takes a finished file (moved, not copied, where the store allows) and returns its key in the store. */
	String keep(Path finished, String sha256) throws IOException;

	InputStream open(String key) throws IOException;

	long size(String key) throws IOException;

	void delete(String key) throws IOException;

	/** Places or lifts a legal hold where the store offers one (S3 Object Lock); elsewhere Leo's own hold rules. */
	void legalHold(String key, boolean on) throws IOException;

	/** The file on this machine that holds the blob, if the store is a local directory (for tools like ffmpeg). */
	default java.util.Optional<Path> localFile(String key) {
		return java.util.Optional.empty();
	}
}
