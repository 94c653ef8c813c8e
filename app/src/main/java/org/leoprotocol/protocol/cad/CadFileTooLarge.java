package org.leoprotocol.protocol.cad;

import org.leoprotocol.shared.InvalidInput;

/**
 * A CAD export uploaded to the import page that is larger than the page takes; the API, which reads its body as it
 * arrives, takes larger ones. It is refused before it is read, with 413 (content too large, RFC 9110 section 15.5.14).
 */
final class CadFileTooLarge extends InvalidInput {

	private static final long serialVersionUID = 1L;

	/** Refuses a file over {@code most} bytes, said in whole megabytes. */
	CadFileTooLarge(long most) {
		super("protocol.cad.fileTooLarge", String.valueOf(most / 1024 / 1024));
	}

	@Override
	public int status() {
		return 413;
	}
}
