package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.InputStream;

/** Opens the file's bytes. */
public interface ExportBytes {
	InputStream open() throws IOException;
}
