package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;

/** Opens the file's text in a character set. */
interface ExportText {
	Reader open(Charset charset) throws IOException;
}
