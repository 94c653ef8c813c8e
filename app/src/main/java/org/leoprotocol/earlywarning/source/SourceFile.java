package org.leoprotocol.earlywarning.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.zip.GZIPInputStream;

/**
 * One file of an agency's export, opened as text: compressed with gzip or not (told by its first two bytes, 0x1F 0x8B,
 * as RFC 1952 defines them, not by its name) and decoded strictly in its character set. Both are streamed; no file is
 * held in memory whole.
 */
public final class SourceFile {

	private static final int GZIP_MAGIC = 0x8b1f;

	private SourceFile() {
	}

	/**
	 * The text of {@code raw}; {@code name} is how problems name the file.
	 *
	 * @throws IOException when the stream cannot be read, or claims to be gzip and is not
	 */
	public static Reader text(String name, InputStream raw, Charset charset) throws IOException {
		BufferedInputStream in = new BufferedInputStream(raw, 65536);
		InputStream plain = gzipped(in) ? new GZIPInputStream(in, 65536) : in;
		return new StrictText(name, plain, charset);
	}

	/** Whether the stream starts with gzip's magic bytes; the stream is left where it was. */
	static boolean gzipped(BufferedInputStream in) throws IOException {
		in.mark(2);
		int first = in.read();
		int second = in.read();
		in.reset();
		return first >= 0 && second >= 0 && (first | second << 8) == GZIP_MAGIC;
	}
}
