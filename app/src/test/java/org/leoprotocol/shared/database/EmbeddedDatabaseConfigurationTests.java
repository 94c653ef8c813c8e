package org.leoprotocol.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedDatabaseConfigurationTests {

	final ApplicationContextRunner context = new ApplicationContextRunner()
		.withUserConfiguration(EmbeddedDatabaseConfiguration.class);

	@Test
	void anExternalDatabaseUrlStartsNothingEmbedded() {
		context.withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/leo")
			.run(started -> assertThat(started).doesNotHaveBean(EmbeddedPostgres.class).doesNotHaveBean("dataSource"));
	}

	@Test
	void dataLivesUnderDataByDefault() {
		EmbeddedDatabaseProperties defaults = new EmbeddedDatabaseProperties(null, null, false);

		assertThat(defaults.dataDirectory()).hasToString("data/postgres");
		assertThat(defaults.serverDirectory()).hasToString("data/postgres-server");
	}
}
