package org.leoprotocol.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.leoprotocol.LeoApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole Leo on a throw-away embedded PostgreSQL with durable commits, as benchmarks measure it. */
final class RunningLeo implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningLeo(ConfigurableApplicationContext context) {
		this.context = context;
	}

	static RunningLeo start() throws IOException {
		Path directory = Files.createTempDirectory("leo-bench");
		return new RunningLeo(new SpringApplicationBuilder(LeoApplication.class)
			.properties("server.port=0", "leo.database.embedded.ephemeral=true",
					"leo.database.embedded.directory=" + directory, "logging.level.root=WARN",
					"LEO_ADMIN_PASSWORD=" + "bench-" + System.nanoTime())
			.run());
	}

	<T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}
}
