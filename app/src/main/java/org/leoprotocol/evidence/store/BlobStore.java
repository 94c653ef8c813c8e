package org.leoprotocol.evidence.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of evidence and exports are kept, named by their SHA-256. Originals are never modified (write once,
 * read many, as S3 Object Lock enforces): a store only takes in finished files, hands them out, places legal holds and
 * deletes.
 */
public interface BlobStore {

	/** Takes a finished file (moved, not copied, where the store allows) and returns its key in the store. */
	String keep(Path finished, String sha256) throws IOException;

	InputStream open(String key) throws IOException;

	long size(String key) throws IOException;

	void delete(String key) throws IOException;

	/** Places or lifts a legal hold where the store offers one (S3 Object Lock); elsewhere Leo's own hold rules. */
	void legalHold(String key, boolean on) throws IOException;

	/**
	 * Where a node writes the piece of an upload it is receiving before handing it to {@link #putPart}: a local folder
	 * for S3, the shared evidence directory for the filesystem store (so that a part file is moved, not copied).
	 */
	Path spoolDirectory();

	/**
	 * The smallest part but the last that the store accepts for a file of {@code declaredSize} bytes: S3 takes parts of
	 * at least 5 MiB and at most 10,000 of them.
	 */
	long minimumPart(long declaredSize);

	/** The largest part Leo sends; a longer chunk is sent as several parts. */
	long partSize();

	/** Opens the store's side of a resumable upload; returns its handle (S3's upload id), kept in the database. */
	String startParts(java.util.UUID upload) throws IOException;

	/** Stores one part from a spooled piece (which it consumes) and returns the tag that names exactly those bytes. */
	String putPart(java.util.UUID upload, String handle, int number, Path piece) throws IOException;

	/**
	 * Joins the parts named by their tags, in order, into one blob and returns its key. A part whose bytes are not the
	 * ones tagged (another request overwrote it) makes this fail rather than keep the wrong bytes.
	 */
	String finishParts(java.util.UUID upload, String handle, java.util.List<String> tags, String sha256)
			throws IOException;

	/** Throws away an upload's parts and tails; harmless when they are already gone. */
	void abortParts(java.util.UUID upload, String handle) throws IOException;

	/** Keeps a piece too small to be a part (it consumes the file) under a new name, returned. */
	String putTail(java.util.UUID upload, Path piece) throws IOException;

	InputStream openTail(java.util.UUID upload, String tag) throws IOException;

	void deleteTail(java.util.UUID upload, String tag) throws IOException;

	/** The file on this machine that holds the blob, if the store is a local directory (for tools like ffmpeg). */
	default java.util.Optional<Path> localFile(String key) {
		return java.util.Optional.empty();
	}
}
