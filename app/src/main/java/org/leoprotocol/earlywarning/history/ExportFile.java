package org.leoprotocol.earlywarning.history;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;

import org.leoprotocol.earlywarning.source.SourceFile;

/**
 * One file of an agency's export as an import reads it: the name its problems cite, and its text, opened anew for each
 * read (gzip or plain, decoded strictly) when it lives on disk, or once when it arrived as text.
 */
public record ExportFile(String name, ExportText text, boolean reopenable) {

	public static ExportFile of(Path path) {
		return of(path.getFileName().toString(), () -> Files.newInputStream(path));
	}

	public static ExportFile of(String name, ExportBytes bytes) {
		return new ExportFile(name, charset -> SourceFile.text(name, bytes.open(), charset), true);
	}

	/** Text already decoded (an upload, a test's string): read once, in whatever character set it came. */
	public static ExportFile ofText(String name, Reader text) {
		return new ExportFile(name, charset -> text, false);
	}

	Reader open(Charset charset) throws IOException {
		return text.open(charset);
	}
}
