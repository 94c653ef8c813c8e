package org.leoprotocol.shared.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * For tamper tests that play an operator with full control of the database: for the duration of one test, the running
 * role may also change and delete rows of the insert-only tables and switch triggers off for its own transaction
 * ({@code session_replication_role}), so a test can tamper, verify and roll back in one transaction. {@link #withdraw}
 * puts the least-privilege grants back ({@link RunningRoleGrants}).
 */
public final class OperatorRights {

	private OperatorRights() {
	}

	public static void grant(ApplicationContext leo) {
		JdbcClient superuser = superuser(leo);
		superuser.sql("grant select, insert, update, delete, truncate on all tables in schema public to "
				+ DatabaseRoles.RUNNING)
			.update();
		superuser.sql("grant set on parameter session_replication_role to " + DatabaseRoles.RUNNING).update();
	}

	public static void withdraw(ApplicationContext leo) {
		JdbcClient superuser = superuser(leo);
		superuser.sql("revoke set on parameter session_replication_role from " + DatabaseRoles.RUNNING).update();
		for (String table : superuser
			.sql("select table_name from leo_insert_only where to_regclass(table_name) is not null")
			.query(String.class).list()) {
			superuser.sql("revoke update, delete, truncate, trigger, references on table \"" + table + "\" from "
					+ DatabaseRoles.RUNNING)
				.update();
		}
	}

	private static JdbcClient superuser(ApplicationContext leo) {
		return JdbcClient.create(
				leo.getBean(EmbeddedPostgres.class).getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
	}
}
