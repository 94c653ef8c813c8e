package org.leoprotocol.evidence.store;

import java.io.IOException;
import java.io.InputStream;

/**
 * The next {@code length} bytes of a stream, for one part of a multipart upload; closing it leaves the whole file's
 * stream open for the next part.
 */
final class BoundedStream extends InputStream {

	private final InputStream in;
	private long left;

	BoundedStream(InputStream in, long length) {
		this.in = in;
		this.left = length;
	}

	@Override
	public int read() throws IOException {
		if (left <= 0) {
			return -1;
		}
		int b = in.read();
		if (b >= 0) {
			left--;
		}
		return b;
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (left <= 0) {
			return -1;
		}
		int n = in.read(buffer, offset, (int) Math.min(length, left));
		if (n > 0) {
			left -= n;
		}
		return n;
	}

	@Override
	public void close() {
		// the whole file's stream is closed by the caller after the last part
	}
}
