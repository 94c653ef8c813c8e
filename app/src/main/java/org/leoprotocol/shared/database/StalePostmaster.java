package org.leoprotocol.shared.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server left running by an application that died without shutting it down (a {@code kill -9} of the JVM
 * leaves the postmaster alive, holding the data directory). Before the next start it is asked to stop with a fast
 * shutdown; PostgreSQL's own crash recovery then replays the write-ahead log, so no committed transaction is lost.
 */
final class StalePostmaster {

	private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
	private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

	private StalePostmaster() {
	}

	static void stopIfRunning(Path dataDirectory) {
		pidOf(dataDirectory).filter(StalePostmaster::isPostgres).ifPresent(StalePostmaster::stop);
	}

	private static Optional<Long> pidOf(Path dataDirectory) {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try (var lines = Files.lines(pidFile)) {
			return lines.findFirst().map(String::trim).filter(s -> s.matches("\\d+")).map(Long::valueOf);
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(long pid) {
		try {
			return Files.readString(Path.of("/proc", Long.toString(pid), "comm")).trim().startsWith("postgres");
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static void stop(long pid) {
		log.warn("PostgreSQL (pid {}) is still running from a previous start that did not shut down; stopping it", pid);
		try {
			new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
			long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
			while (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
		}
		catch (IOException ex) {
			throw new IllegalStateException("Could not stop the stale PostgreSQL server with pid " + pid, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
			throw new IllegalStateException("PostgreSQL with pid " + pid + " did not stop within " + STOP_TIMEOUT);
		}
	}
}
