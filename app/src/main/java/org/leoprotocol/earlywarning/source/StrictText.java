package org.leoprotocol.earlywarning.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes a byte stream in one character set, refusing malformed bytes with {@link UnreadableText} that names the line
 * they stand on (counted from the text decoded before them), never replacing them.
 */
final class StrictText extends Reader {

	private static final int SIZE = 8192;

	private final String file;
	private final InputStream in;
	private final CharsetDecoder decoder;
	private final ByteBuffer bytes = ByteBuffer.allocate(SIZE).flip();
	private final CharBuffer chars = CharBuffer.allocate(SIZE).flip();
	private long line = 1;
	private long consumed;
	private boolean ended;

	StrictText(String file, InputStream in, Charset charset) {
		this.file = file;
		this.in = in;
		this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
	}

	@Override
	public int read(char[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		if (!chars.hasRemaining() && !fill()) {
			return -1;
		}
		int n = Math.min(length, chars.remaining());
		chars.get(buffer, offset, n);
		return n;
	}

	/** Decodes the next characters; false at the end of the stream. */
	private boolean fill() throws IOException {
		chars.clear();
		while (chars.position() == 0 && !(ended && !bytes.hasRemaining())) {
			if (!ended) {
				bytes.compact();
				int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
				if (read < 0) {
					ended = true;
				}
				else {
					bytes.position(bytes.position() + read);
				}
				bytes.flip();
			}
			int before = bytes.position();
			CoderResult result = decoder.decode(bytes, chars, ended);
			consumed += bytes.position() - before;
			countLines(0, chars.position());
			if (result.isError()) {
				throw unreadable(result.length());
			}
			if (ended && result.isUnderflow()) {
				decoder.flush(chars);
				if (bytes.hasRemaining()) {
					throw unreadable(bytes.remaining());
				}
				break;
			}
		}
		chars.flip();
		return chars.hasRemaining();
	}

	private void countLines(int from, int to) {
		for (int i = from; i < to; i++) {
			if (chars.get(i) == '\n') {
				line++;
			}
		}
	}

	private UnreadableText unreadable(int length) {
		StringBuilder shown = new StringBuilder();
		for (int i = 0; i < Math.min(length, 4); i++) {
			shown.append(i == 0 ? "0x" : " 0x").append(String.format("%02X", bytes.get(bytes.position() + i) & 0xff));
		}
		return new UnreadableText(file, line, decoder.charset().name(), consumed + 1, shown.toString());
	}

	@Override
	public void close() throws IOException {
		in.close();
	}
}
