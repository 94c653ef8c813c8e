package org.leoprotocol.earlywarning.source;

import java.io.IOException;

/**
 * Bytes that are not text in the file's declared character set, such as a Latin-1 {@code é} (one byte, 0xE9) in a file
 * read as UTF-8. Decoders usually replace such bytes with {@code �} and go on; an import must not, because a mangled
 * name or finding code would be stored as if the agency had written it.
 */
public final class UnreadableText extends IOException {

	private final String file;
	private final long line;
	private final String charset;
	private final long byteOffset;
	private final String bytes;

	UnreadableText(String file, long line, String charset, long byteOffset, String bytes) {
		super(file + " line " + line + ": bytes that are not " + charset + " text (" + bytes + " at byte " + byteOffset
				+ "); save the file as " + charset
				+ ", or declare its encoding in the mapping (file.<role>.encoding=ISO-8859-1)");
		this.file = file;
		this.line = line;
		this.charset = charset;
		this.byteOffset = byteOffset;
		this.bytes = bytes;
	}

	/** The character set the file was read in. */
	public String charset() {
		return charset;
	}

	/** Where in the file the first bad byte is, counted from 1. */
	public long byteOffset() {
		return byteOffset;
	}

	/** The bad bytes in hexadecimal, as "0xE9" or "0xC3 0x28". */
	public String bytes() {
		return bytes;
	}

	public String file() {
		return file;
	}

	public long line() {
		return line;
	}
}
