package org.leoprotocol.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.leoprotocol.shared.StartRefused;

/**
 * Refuses to start when another running Leo holds the embedded database's data directory. The embedded server takes an
 * operating-system lock on {@code epg-lock} while it runs; a process that died (even by {@code kill -9}) has released
 * it, so a held lock means a live Leo, whose server must not be touched.
 */
final class DataDirectoryInUse extends StartRefused {

	static final String LOCK_FILE = "epg-lock";

	private final Path dataDirectory;

	private DataDirectoryInUse(Path dataDirectory) {
		super("Another running Leo uses the database in " + dataDirectory.toAbsolutePath(), null);
		this.dataDirectory = dataDirectory;
	}

	@Override
	public String action() {
		return "Stop the other Leo first, or start this one with its own data directory, e.g. "
				+ "--leo.database.embedded.directory=/path/to/other-data (and another --server.port).";
	}

	Path dataDirectory() {
		return dataDirectory;
	}

	static void checkFree(Path dataDirectory) {
		Path lockFile = dataDirectory.resolve(LOCK_FILE);
		if (!Files.exists(lockFile)) {
			return;
		}
		try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
			FileLock lock = channel.tryLock();
			if (lock == null) {
				throw new DataDirectoryInUse(dataDirectory);
			}
			lock.release();
		}
		catch (OverlappingFileLockException ex) {
			throw new DataDirectoryInUse(dataDirectory);
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot open the database lock in " + dataDirectory.toAbsolutePath(), ex);
		}
	}
}
