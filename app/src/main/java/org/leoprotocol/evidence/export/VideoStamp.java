package org.leoprotocol.evidence.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leoprotocol.shared.WrongState;

/**
 * Video exports: ffmpeg's {@code drawtext} filter burns the watermark line into every frame (re-encoded with H.264),
 * and the export code also goes into the container's {@code comment} tag, which a re-mux strips but a plain copy keeps.
 * Runs in the background; progress comes from {@code -progress}. Needs the Debian package {@code ffmpeg} at
 * {@code /usr/bin/ffmpeg} (or {@code leo.evidence.ffmpeg}).
 */
public final class VideoStamp implements WatermarkStamp {

	static final String COMMENT_PREFIX = "LEO-EXPORT:";
	private static final Pattern DURATION = Pattern.compile("Duration: (\\d+):(\\d+):(\\d+)\\.(\\d+)");
	private static final Pattern OUT_TIME = Pattern.compile("out_time_us=(\\d+)");

	private final Path ffmpeg;

	public VideoStamp(Path ffmpeg) {
		this.ffmpeg = ffmpeg;
	}

	public boolean installed() {
		return Files.isExecutable(ffmpeg);
	}

	@Override
	public boolean accepts(String mediaType) {
		return mediaType.startsWith("video/");
	}

	@Override
	public boolean slow() {
		return true;
	}

	@Override
	public String exportType(String mediaType) {
		return "video/mp4";
	}

	@Override
	public void stamp(Path original, String mediaType, Path target, Watermark watermark, IntConsumer progress)
			throws IOException {
		if (!installed()) {
			throw new WrongState("evidence.export.failure.no-ffmpeg", ffmpeg);
		}
		Path text = Files.createTempFile(target.getParent(), "watermark", ".txt");
		try {
			Files.writeString(text, watermark.text());
			long durationMicros = durationMicros(original);
			run(List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-y", "-i", original.toString(), "-vf",
					"drawtext=textfile=" + text + ":fontcolor=white:fontsize=max(14\\,h/24):box=1:boxcolor=black@0.6"
							+ ":boxborderw=6:x=(w-tw)/2:y=h-th-2*lh",
					"-metadata", "comment=" + COMMENT_PREFIX + watermark.code(), "-c:v", "libx264", "-preset",
					"veryfast",
					"-crf", "23", "-pix_fmt", "yuv420p", "-c:a", "aac", "-movflags", "+faststart", "-f", "mp4",
					"-progress", "pipe:1", "-nostats", target.toString()), durationMicros, progress);
		}
		finally {
			Files.deleteIfExists(text);
		}
	}

	@Override
	public Optional<String> readCode(Path file) throws IOException {
		if (!installed()) {
			return Optional.empty();
		}
		String probe = output(
				List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-i", file.toString(), "-f", "ffmetadata", "-"));
		int at = probe.indexOf(COMMENT_PREFIX);
		return at < 0 ? Optional.empty()
				: Watermark.normalize(probe.substring(at + COMMENT_PREFIX.length()).lines().findFirst().orElse(""));
	}

	private long durationMicros(Path original) throws IOException {
		Matcher m = DURATION
			.matcher(output(List.of(ffmpeg.toString(), "-hide_banner", "-nostdin", "-i", original.toString())));
		if (!m.find()) {
			return 0;
		}
		return ((Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60 + Long.parseLong(m.group(3)))
				* 1000
				+ Long.parseLong(m.group(4)) * 10) * 1000;
	}

	private static void run(List<String> command, long durationMicros, IntConsumer progress) throws IOException {
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = out.readLine(); line != null; line = out.readLine()) {
				Matcher m = OUT_TIME.matcher(line);
				if (m.matches() && durationMicros > 0) {
					progress.accept((int) Math.min(99, Long.parseLong(m.group(1)) * 100 / durationMicros));
				}
			}
			if (!process.waitFor(1, TimeUnit.HOURS) || process.exitValue() != 0) {
				throw new WrongState("evidence.export.failure.ffmpeg-exit", process.exitValue());
			}
		}
		catch (InterruptedException ex) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
			throw new WrongState("evidence.export.failure.interrupted");
		}
	}

	private static String output(List<String> command) throws IOException {
		Process process = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
		String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			process.waitFor(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return text;
	}
}
