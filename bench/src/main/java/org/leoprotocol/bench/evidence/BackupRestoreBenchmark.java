package org.leoprotocol.bench.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.leoprotocol.bench.RunningLeo;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceKind;
import org.leoprotocol.evidence.NewUpload;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.LeoCommand;

/**
 * {@code ./leo backup} and {@code ./leo restore} of a large evidence store, beside the plain copies of the same folder
 * in the same run. A Leo installation takes in {@code items} video files of {@code megabytes} MB each (random,
 * incompressible bytes behind an MP4 header) through its ordinary intake; then, timed in turn: {@code cp -r} and
 * {@code tar -cf} of its evidence folder, the backup (database snapshot, blobs, key folder), a restore into a second,
 * fresh installation (which ends by re-hashing every blob and verifying the ledger and the audit chain), and
 * {@code cp -r} of the backup's folder as the restore's plain alternative. Copies are deleted as soon as they are
 * timed, so the disk needs about three times the evidence at the peak.
 *
 * <pre>
 * java -Xmx1g -cp bench/target/benchmarks.jar org.leoprotocol.bench.evidence.BackupRestoreBenchmark items megabytes [work-directory]
 * </pre>
 */
public final class BackupRestoreBenchmark {

	private BackupRestoreBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int items = Integer.parseInt(args[0]);
		int megabytes = Integer.parseInt(args[1]);
		Path parent = args.length > 2 ? Path.of(args[2]) : Path.of(System.getProperty("java.io.tmpdir"));
		Path root = Files.createTempDirectory(parent, "leo-backup-bench");
		try (RunningLeo leo = RunningLeo.start(root.resolve("a"))) {
			EvidenceIntake intake = leo.bean(EvidenceIntake.class);
			long bytes = (long) megabytes * 1024 * 1024;
			long start = System.nanoTime();
			for (int i = 0; i < items; i++) {
				intake.ingest(
						new NewUpload(EvidenceKind.CCTV_VIDEO, "camera-" + i + ".mp4", bytes, null, null, null, null),
						new Video(bytes, i), Actor.staff("bench"));
			}
			double total = (double) items * bytes / (1024 * 1024);
			System.out.printf("Ingested %d items of %d MB (%,.0f MB) in %.1f s; load average %.1f%n", items, megabytes,
					total,
					seconds(start), load());
			Path evidence = root.resolve("a").resolve("evidence");

			time("cp -r of the evidence folder", total,
					() -> run("cp", "-r", evidence.toString(), root.resolve("copy").toString()));
			delete(root.resolve("copy"));
			time("tar -cf of the evidence folder", total,
					() -> run("tar", "-cf", root.resolve("evidence.tar").toString(), "-C", evidence.toString(), "."));
			Files.delete(root.resolve("evidence.tar"));
			Path backup = root.resolve("backup");
			double backupSeconds = time("./leo backup", total, () -> command(leo.command("backup"), backup));
			System.out.printf("Backup folder: %,.0f MB%n", size(backup) / (1024.0 * 1024));

			try (RunningLeo fresh = RunningLeo.start(root.resolve("c"))) {
				double restoreSeconds = time("./leo restore (with full verification)", total,
						() -> command(fresh.command("restore"), backup));
				double copySeconds = time("cp -r of the backup folder", total,
						() -> run("cp", "-r", backup.toString(), root.resolve("copy").toString()));
				delete(root.resolve("copy"));
				System.out.printf("Restore / plain copy of the same folder: %.2f; backup %.1f s, restore %.1f s%n",
						restoreSeconds / copySeconds, backupSeconds, restoreSeconds);
			}
		}
		finally {
			delete(root);
		}
	}

	private static void command(LeoCommand command, Path directory) {
		StringWriter printed = new StringWriter();
		int code = command.run(List.of(directory.toString()), new PrintWriter(printed, true));
		System.out.print(printed.toString().lines().map(line -> "    " + line + "\n").reduce("", String::concat));
		if (code != 0) {
			throw new IllegalStateException(command.name() + " exited with " + code);
		}
	}

	private static double time(String what, double megabytes, Runnable work) {
		double before = load();
		long start = System.nanoTime();
		work.run();
		double seconds = seconds(start);
		System.out.printf("%-42s %7.1f s  %7.1f MB/s  (load average %.1f -> %.1f)%n", what, seconds,
				megabytes / seconds, before, load());
		return seconds;
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).inheritIO().start();
			if (process.waitFor() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed");
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}

	private static double load() {
		return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static long size(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum();
		}
	}

	private static void delete(Path directory) throws IOException {
		if (Files.exists(directory)) {
			try (Stream<Path> paths = Files.walk(directory)) {
				paths.sorted(Collections.reverseOrder()).forEach(path -> path.toFile().delete());
			}
		}
	}

	/** {@code size} bytes of an MP4 header followed by random, incompressible bytes from one seed. */
	private static final class Video extends InputStream {

		private static final byte[] HEADER = { 0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i',
				's', 'o',
				'm', 'm', 'p', '4', '1' };

		private final SplittableRandom random;
		private final long size;
		private long position;

		Video(long size, long seed) {
			this.size = size;
			this.random = new SplittableRandom(seed);
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (position >= size) {
				return -1;
			}
			int n = (int) Math.min(length, size - position);
			for (int i = 0; i < n; i++) {
				long at = position + i;
				buffer[offset + i] = at < HEADER.length ? HEADER[(int) at] : (byte) random.nextInt();
			}
			position += n;
			return n;
		}
	}
}
