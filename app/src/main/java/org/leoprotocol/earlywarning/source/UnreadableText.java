package org.leoprotocol.earlywarning.source;

import java.io.IOException;

/**
 * Bytes that are not text in the file's declared character set, such as a Latin-1 {@code é} (one byte, 0xE9) in a
 * file read as UTF-8. Decoders usually replace such bytes with {@code �} and go on; an import must not, because a
 * mangled name or finding code would be stored as if the agency had written it.
 */
public final class UnreadableText extends IOException {

	private final String file;
	private final long line;

	UnreadableText(String file, long line, String charset, long byteOffset, String bytes) {
		super(file + " line " + line + ": bytes that are not " + charset + " text (" + bytes + " at byte " + byteOffset
				+ "); save the file as " + charset + ", or declare its encoding in the mapping (file.<role>.encoding=ISO-8859-1)");
		this.file = file;
		this.line = line;
	}

	public String file() {
		return file;
	}

	public long line() {
		return line;
	}
}
