package org.leoprotocol.evidence;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real pgbouncer of Debian's {@code pgbouncer} package, started for a test in transaction mode in front of a
 * PostgreSQL, configured as docs/deploy.md says (SCRAM, {@code pool_mode = transaction}); clients connect with
 * {@code prepareThreshold=0}, since this version (1.18) keeps no prepared statements across transactions. It refuses to
 * run as root, so as root it is started with {@code -u nobody}.
 */
final class PgBouncerProcess implements AutoCloseable {

	static final Path BINARY = Path.of("/usr/sbin/pgbouncer");

	private final Process process;
	private final Path log;
	private final String url;

	private PgBouncerProcess(Process process, Path log, String url) {
		this.process = process;
		this.log = log;
		this.url = url;
	}

	static boolean installed() {
		return Files.isExecutable(BINARY);
	}

	/** Starts it in front of the database of {@code directUrl} ({@code jdbc:postgresql://host:port/db}). */
	static PgBouncerProcess start(String directUrl, String user, String password) throws Exception {
		URI direct = URI.create(directUrl.substring("jdbc:".length()));
		String database = direct.getPath().substring(1);
		Path dir = Files.createTempDirectory("leo-pgbouncer");
		Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
		int port;
		try (ServerSocket free = new ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Path users = dir.resolve("userlist.txt");
		Files.writeString(users, "\"%s\" \"%s\"%n".formatted(user, password.replace("\"", "\"\"")));
		Path ini = dir.resolve("pgbouncer.ini");
		Files.writeString(ini, """
				[databases]
				%s = host=%s port=%d dbname=%s

				[pgbouncer]
				listen_addr = 127.0.0.1
				listen_port = %d
				unix_socket_dir =
				auth_type = scram-sha-256
				auth_file = %s
				pool_mode = transaction
				default_pool_size = 8
				max_client_conn = 200
				ignore_startup_parameters = extra_float_digits
				""".formatted(database, direct.getHost(), direct.getPort(), database, port, users));
		for (Path file : List.of(users, ini)) {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
		}
		List<String> command = new ArrayList<>(List.of(BINARY.toString()));
		if ("root".equals(System.getProperty("user.name"))) {
			command.addAll(List.of("-u", "nobody"));
		}
		command.add(ini.toString());
		Path log = dir.resolve("pgbouncer.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		PgBouncerProcess bouncer = new PgBouncerProcess(process, log,
				"jdbc:postgresql://127.0.0.1:%d/%s?prepareThreshold=0".formatted(port, database));
		bouncer.awaitListening(port);
		return bouncer;
	}

	private void awaitListening(int port) throws Exception {
		Instant giveUp = Instant.now().plusSeconds(20);
		while (true) {
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
				return;
			}
			catch (IOException notYet) {
				if (!process.isAlive() || Instant.now().isAfter(giveUp)) {
					throw new IllegalStateException("pgbouncer did not start: " + log(), notYet);
				}
				Thread.sleep(100);
			}
		}
	}

	/** The JDBC URL that reaches PostgreSQL through it. */
	String url() {
		return url;
	}

	/** What it logged: each client login, each server connection. */
	String log() throws IOException {
		return Files.readString(log);
	}

	@Override
	public void close() {
		process.destroy();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}
}
