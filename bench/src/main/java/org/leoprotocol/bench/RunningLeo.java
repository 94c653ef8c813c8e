package org.leoprotocol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.leoprotocol.LeoApplication;
import org.leoprotocol.shared.LeoCommand;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole Leo on a throw-away embedded PostgreSQL with durable commits, as benchmarks measure it. */
public final class RunningLeo implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningLeo(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static RunningLeo start() throws IOException {
		return start(Files.createTempDirectory("leo-bench"));
	}

	/**
	 * A Leo whose database, evidence store and signing key all live under {@code directory}, so that two of them in one
	 * JVM are two installations; {@code properties} add to or override the defaults.
	 */
	public static RunningLeo start(Path directory, String... properties) {
		java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of("server.port=0",
				"leo.database.embedded.ephemeral=true",
				"leo.database.embedded.directory=" + directory.resolve("postgres"),
				"leo.evidence.directory=" + directory.resolve("evidence"),
				"leo.evidence.key-file=" + directory.resolve("keys").resolve("ledger.key"), "logging.level.root=WARN",
				"LEO_ADMIN_PASSWORD=" + "bench-" + System.nanoTime()));
		all.addAll(java.util.List.of(properties));
		return new RunningLeo(
				new SpringApplicationBuilder(LeoApplication.class).properties(all.toArray(String[]::new)).run());
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	/** The command {@code ./leo NAME} runs, as the module offering it declares it. */
	public LeoCommand command(String name) {
		return context.getBeansOfType(LeoCommand.class).values().stream()
			.filter(command -> command.name().equals(name))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("Leo has no command " + name));
	}

	/** The HTTP port this Leo listens on (loopback). */
	public int port() {
		return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
	}

	@Override
	public void close() {
		context.close();
	}
}
