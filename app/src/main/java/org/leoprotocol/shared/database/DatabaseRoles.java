package org.leoprotocol.shared.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.PGConnection;

/**
 * Least privilege inside the embedded cluster. Three roles, each with a password (SCRAM-SHA-256):
 * <ul>
 * <li>{@code postgres}, the superuser, only sets the roles up;</li>
 * <li>{@value #OWNER} owns the database, its schema and every table, and runs the migrations;</li>
 * <li>{@value #RUNNING} is what Leo runs as: neither superuser nor owner, so it cannot disable a trigger, change
 * {@code session_replication_role} or alter a table, and on insert-only tables it may only insert and select
 * ({@link RunningRoleGrants}).</li>
 * </ul>
 * Run at every start, so a data directory created before the roles existed (every object owned by {@code postgres},
 * every local connection trusted) is brought over: ownership passes to the owner role, passwords are set, and the
 * host-based authentication file is rewritten to accept nothing but SCRAM.
 */
final class DatabaseRoles {

	static final String OWNER = "leo_owner";
	static final String RUNNING = "leo_app";

	private static final String OBJECTS_OWNED_BY_POSTGRES = """
			do $$
			declare r record;
			begin
			  for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
			           where n.nspname = 'public' and c.relowner = 'postgres'::regrole and c.relkind in ('r', 'p', 'v', 'm', 'f')
			  loop execute format('alter table %s owner to leo_owner', r.name); end loop;
			  for r in select c.oid::regclass as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
			           where n.nspname = 'public' and c.relowner = 'postgres'::regrole and c.relkind = 'S'
			             and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i'))
			  loop execute format('alter sequence %s owner to leo_owner', r.name); end loop;
			  for r in select p.oid::regprocedure as name from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			           where n.nspname = 'public' and p.proowner = 'postgres'::regrole
			  loop execute format('alter routine %s owner to leo_owner', r.name); end loop;
			  for r in select t.oid::regtype as name from pg_type t join pg_namespace n on n.oid = t.typnamespace
			           where n.nspname = 'public' and t.typowner = 'postgres'::regrole and t.typtype in ('e', 'd', 'r')
			  loop execute format('alter type %s owner to leo_owner', r.name); end loop;
			end $$
			""";

	private DatabaseRoles() {
	}

	/** Creates or updates the roles and the database, then hands every object of the database to the owner. */
	static void establish(EmbeddedPostgres postgres, DatabasePasswords passwords, String database) throws SQLException {
		try (Connection admin = postgres.getPostgresDatabase().getConnection();
				Statement sql = admin.createStatement()) {
			for (String role : new String[] { OWNER, RUNNING }) {
				if (!exists(sql, "select 1 from pg_roles where rolname = '" + role + "'")) {
					sql.execute("create role " + role + " login nosuperuser nocreatedb nocreaterole noreplication");
				}
			}
			PGConnection pg = admin.unwrap(PGConnection.class);
			pg.alterUserPassword("postgres", passwords.superuser().toCharArray(), "scram-sha-256");
			pg.alterUserPassword(OWNER, passwords.owner().toCharArray(), "scram-sha-256");
			pg.alterUserPassword(RUNNING, passwords.running().toCharArray(), "scram-sha-256");
			if (!exists(sql, "select 1 from pg_database where datname = '" + database + "'")) {
				sql.execute("create database " + database + " owner " + OWNER);
			}
			sql.execute("alter database " + database + " owner to " + OWNER);
			sql.execute("revoke all on database " + database + " from public");
			sql.execute("grant connect, temporary on database " + database + " to " + RUNNING);
		}
		DataSource leo = postgres.getDatabase("postgres", database);
		try (Connection admin = leo.getConnection(); Statement sql = admin.createStatement()) {
			sql.execute(OBJECTS_OWNED_BY_POSTGRES);
			sql.execute("alter schema public owner to " + OWNER);
			sql.execute("revoke create on schema public from public");
		}
	}

	private static boolean exists(Statement sql, String query) throws SQLException {
		try (var result = sql.executeQuery(query)) {
			return result.next();
		}
	}
}
