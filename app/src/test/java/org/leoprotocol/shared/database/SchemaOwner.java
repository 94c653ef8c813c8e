package org.leoprotocol.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tests that play an operator with the schema owner's password (who can disable triggers): a connection to the
 * shared test context's embedded database as {@value DatabaseRoles#OWNER}, not as the running role.
 */
public final class SchemaOwner {

	private SchemaOwner() {
	}

	public static JdbcClient of(ApplicationContext leo) {
		return JdbcClient.create(EmbeddedDatabaseConfiguration.ownerDataSource(leo.getBean(EmbeddedPostgres.class),
				leo.getBean(EmbeddedDatabaseProperties.class)));
	}
}
