package org.leoprotocol.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/**
 * Debian's ffmpeg for tests that need real video. Without it those tests are skipped with a loud message, except under
 * {@code CI=true}, where a missing ffmpeg fails them: .ci/run must install the {@code ffmpeg} package.
 */
public final class Ffmpeg {

	static final Path BINARY = Path.of("/usr/bin/ffmpeg");

	private Ffmpeg() {
	}

	public static void require() {
		boolean installed = Files.isExecutable(BINARY);
		if (!installed && "true".equals(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true but ffmpeg is missing: .ci/run must apt-get install ffmpeg");
		}
		if (!installed) {
			org.slf4j.LoggerFactory.getLogger(Ffmpeg.class)
				.warn("\n*** VIDEO TESTS SKIPPED: /usr/bin/ffmpeg is missing. "
						+ "Install it with: apt-get install -y ffmpeg ***\n");
		}
		Assumptions.assumeTrue(installed, "ffmpeg is not installed");
	}

	/** A two-second 320x240 test-pattern clip, H.264 in MP4, standing in for a holding-room camera. */
	static byte[] aClip(Path directory) throws IOException {
		Path clip = directory.resolve("clip-" + System.nanoTime() + ".mp4");
		run(List.of("-f", "lavfi", "-i", "testsrc=size=320x240:rate=10", "-t", "2", "-c:v", "libx264", "-preset",
				"ultrafast",
				"-pix_fmt", "yuv420p", clip.toString()));
		byte[] bytes = Files.readAllBytes(clip);
		Files.delete(clip);
		return bytes;
	}

	/**
	 * A body-camera clip as the camera writes it: its container says when recording started ({@code creation_time})
	 * and, when {@code serial} is given, the device's serial number ({@code serial_number}). It runs {@code seconds}
	 * long but stays a few kilobytes and encodes in a moment: 32x32 grey, one frame every ten seconds. {@code creation}
	 * null leaves the start out, as a camera with no clock set would.
	 */
	public static byte[] bodyCameraClip(Path directory, java.time.Instant creation, long seconds, String serial)
			throws IOException {
		Path clip = directory.resolve("bodycam-" + System.nanoTime() + ".mp4");
		List<String> arguments = new ArrayList<>(List.of("-f", "lavfi", "-i", "color=c=gray:s=32x32:r=1/10", "-t",
				Long.toString(seconds), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
				"-map_metadata", "-1",
				"-movflags", "use_metadata_tags"));
		if (creation != null) {
			arguments.addAll(List.of("-metadata", "creation_time=" + creation));
		}
		if (serial != null) {
			arguments.addAll(List.of("-metadata", "serial_number=" + serial));
		}
		arguments.add(clip.toString());
		run(arguments);
		byte[] bytes = Files.readAllBytes(clip);
		Files.delete(clip);
		return bytes;
	}

	/** Re-encodes a copy (as a leaker re-uploading it would), keeping the container's metadata. */
	static byte[] reencode(byte[] video, Path directory) throws IOException {
		Path in = directory.resolve("in-" + System.nanoTime() + ".mp4");
		Path out = directory.resolve("out-" + System.nanoTime() + ".mp4");
		Files.write(in, video);
		run(List.of("-i", in.toString(), "-c:v", "libx264", "-preset", "ultrafast", "-crf", "35", out.toString()));
		byte[] bytes = Files.readAllBytes(out);
		Files.delete(in);
		Files.delete(out);
		return bytes;
	}

	private static void run(List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(
				List.of(BINARY.toString(), "-hide_banner", "-loglevel", "error", "-nostdin", "-y"));
		command.addAll(arguments);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		try {
			if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
				throw new IllegalStateException("ffmpeg failed: " + output);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}
}
