package org.leoprotocol.evidence.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.IntConsumer;

/** Text and CSV exports (phone records) open with a watermark line; everything after it is the original. */
final class TextStamp implements WatermarkStamp {

	@Override
	public boolean accepts(String mediaType) {
		return mediaType.startsWith("text/");
	}

	@Override
	public void stamp(Path original, String mediaType, Path target, Watermark watermark, IntConsumer progress)
			throws IOException {
		try (OutputStream out = Files.newOutputStream(target); InputStream in = Files.newInputStream(original)) {
			out.write(("# " + watermark.text() + "\n").getBytes(StandardCharsets.UTF_8));
			in.transferTo(out);
		}
	}

	@Override
	public Optional<String> readCode(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return Watermark.findIn(new String(in.readNBytes(4096), StandardCharsets.UTF_8));
		}
	}
}
