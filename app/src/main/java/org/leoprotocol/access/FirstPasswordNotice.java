package org.leoprotocol.access;

import java.io.Console;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Tells whoever started Leo the generated first administrator password without ever putting it in a log: on the console
 * of an interactive start, otherwise in a file under the data directory that only its owner may read (created with
 * those permissions, never widened), whose path alone goes to the log.
 */
class FirstPasswordNotice {

	static final String FILE_NAME = "first-administrator-password.txt";

	private final Console console;
	private final Path dataDirectory;

	FirstPasswordNotice(Console console, Path dataDirectory) {
		this.console = console;
		this.dataDirectory = dataDirectory;
	}

	/** Shows the password once; returns where, in words fit for the log. */
	String show(String password) {
		if (console != null) {
			console
				.printf("%n  First start: created the administrator account.%n    user name: admin%n    password:  %s%n"
						+ "  This password is shown once. Sign in and keep it safe.%n%n", password);
			console.flush();
			return "on this console";
		}
		Path file = dataDirectory.resolve(FILE_NAME);
		try {
			Files.createDirectories(dataDirectory);
			Files.deleteIfExists(file);
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
			Files.writeString(file, "user name: admin\npassword:  " + password + "\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the first administrator's password to " + file, ex);
		}
		return "in " + file.toAbsolutePath() + " (readable by its owner only; delete it once you have signed in)";
	}
}
