package org.leoprotocol.evidence.bodycamera;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a video file says about its own recording with ffprobe (FFmpeg's stream analyser): the container's
 * {@code creation_time} tag is when the camera started recording (ISO/IEC 14496-12 keeps it in the movie header, and
 * body cameras write it from their clock), the container's duration how long it ran, and a tag whose name contains
 * "serial" (as {@code serial_number}, kept by MP4's metadata atoms) the device that made it. Nothing is taken from the
 * file's name. Needs the Debian package {@code ffmpeg} at {@code /usr/bin/ffprobe} (or {@code leo.evidence.ffprobe}).
 */
public final class FootageProbe {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Path ffprobe;

	public FootageProbe(Path ffprobe) {
		this.ffprobe = ffprobe;
	}

	/** What the file says about itself; a file ffprobe cannot read says nothing, with the reason. */
	FootageMetadata probe(Path file) {
		if (!Files.isExecutable(ffprobe)) {
			return FootageMetadata.unreadable("ffprobe is not installed on this node (" + ffprobe + ")");
		}
		List<String> command = List.of(ffprobe.toString(), "-v", "error", "-print_format", "json", "-show_format",
				"-show_streams", file.toString());
		try {
			Process process = new ProcessBuilder(new ArrayList<>(command))
				.redirectError(ProcessBuilder.Redirect.DISCARD).start();
			byte[] output = process.getInputStream().readAllBytes();
			if (!process.waitFor(1, TimeUnit.MINUTES)) {
				process.destroyForcibly();
				return FootageMetadata.unreadable("ffprobe did not finish within a minute");
			}
			if (process.exitValue() != 0) {
				return FootageMetadata.unreadable("ffprobe could not read the file as video");
			}
			return parse(new String(output, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			return FootageMetadata.unreadable("ffprobe could not be run: " + ex.getMessage());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return FootageMetadata.unreadable("interrupted while reading the file's metadata");
		}
	}

	/** ffprobe's JSON ({@code -show_format -show_streams}) read for start, duration and device serial. */
	static FootageMetadata parse(String json) {
		JsonNode root = JSON.readTree(json);
		JsonNode format = root.path("format");
		Instant start = null;
		String startProblem = null;
		String creation = tag(format, "creation_time");
		if (creation == null) {
			for (JsonNode stream : root.path("streams")) {
				creation = creation != null ? creation : tag(stream, "creation_time");
			}
		}
		if (creation != null) {
			try {
				start = Instant.parse(creation.strip());
			}
			catch (DateTimeParseException ex) {
				startProblem = "its creation_time '" + creation + "' is not a time";
			}
		}
		Duration duration = null;
		String seconds = format.path("duration").asString(null);
		if (seconds != null && !seconds.isBlank() && !"N/A".equals(seconds)) {
			try {
				duration = Duration.ofNanos(new BigDecimal(seconds.strip()).movePointRight(9).longValue());
			}
			catch (NumberFormatException | ArithmeticException ex) {
				duration = null;
			}
		}
		String serial = serial(format);
		for (JsonNode stream : root.path("streams")) {
			serial = serial != null ? serial : serial(stream);
		}
		return new FootageMetadata(start, duration, serial, startProblem);
	}

	private static String tag(JsonNode node, String name) {
		JsonNode value = node.path("tags").path(name);
		return value.isString() && !value.asString().isBlank() ? value.asString() : null;
	}

	private static String serial(JsonNode node) {
		for (Map.Entry<String, JsonNode> tag : node.path("tags").properties()) {
			if (tag.getKey().toLowerCase(Locale.ROOT).contains("serial") && tag.getValue().isString()
					&& !tag.getValue().asString().isBlank()) {
				String value = tag.getValue().asString().strip();
				return value.length() > 100 ? value.substring(0, 100) : value;
			}
		}
		return null;
	}
}
