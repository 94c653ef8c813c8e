package org.leoprotocol.evidence.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * Makes a per-recipient copy of a file with its {@link Watermark} burned in, and reads the export code back from a copy
 * where a machine-readable mark survived. One stamp per family of media types.
 */
public sealed interface WatermarkStamp permits ImageStamp, PdfStamp, TextStamp, VideoStamp {

	boolean accepts(String mediaType);

	/** Writes the stamped copy to {@code target}; reports progress in percent where the work is long. */
	void stamp(Path original, String mediaType, Path target, Watermark watermark, IntConsumer progress)
			throws IOException;

	/** The export code carried by a file of this family, if one can still be read. */
	Optional<String> readCode(Path file) throws IOException;

	/** Whether the stamp runs in the background (re-encoding H.264 on two cores takes about real time). */
	default boolean slow() {
		return false;
	}

	/** The media type of the stamped copy. */
	default String exportType(String mediaType) {
		return mediaType;
	}

	static List<WatermarkStamp> all(VideoStamp video) {
		return List.of(new ImageStamp(), new PdfStamp(), new TextStamp(), video);
	}
}
