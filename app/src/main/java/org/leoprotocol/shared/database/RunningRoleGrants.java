package org.leoprotocol.shared.database;

import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;

/**
 * After every migration run, as the schema owner: the running role may read and write the ordinary tables, but on the
 * tables listed in {@code leo_insert_only} (the audit trail, its chain, the custody ledger and its signed heads) only
 * insert and select. Privileges are granted afresh each time, so a table a new migration adds is covered at the next
 * start. Without a running role (an external database where Leo runs as the owner, see docs/database.md) nothing is
 * granted.
 */
final class RunningRoleGrants implements Callback {

	private final String runningRole;

	RunningRoleGrants(String runningRole) {
		if (runningRole != null && !runningRole.matches("[a-z_][a-z0-9_]*")) {
			throw new IllegalArgumentException(
					"leo.database.running-role must be a plain lower-case role name: " + runningRole);
		}
		this.runningRole = runningRole;
	}

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE && runningRole != null && !runningRole.isBlank();
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try (Statement sql = context.getConnection().createStatement()) {
			sql.execute("grant usage on schema public to " + runningRole);
			sql.execute(
					"grant select, insert, update, delete, truncate on all tables in schema public to " + runningRole);
			sql.execute("grant usage, select, update on all sequences in schema public to " + runningRole);
			sql.execute("revoke all on table flyway_schema_history from " + runningRole);
			sql.execute("grant select on table flyway_schema_history to " + runningRole);
			sql.execute(
					"""
							do $$
							declare t text;
							begin
							  if to_regclass('leo_insert_only') is not null then
							    for t in select table_name from leo_insert_only where to_regclass(table_name) is not null loop
							      execute format('revoke update, delete, truncate, trigger, references on table %I from %I', t, 'ROLE');
							    end loop;
							  end if;
							end $$
							"""
						.replace("ROLE", runningRole));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not grant the running role " + runningRole + " its privileges", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "leo-running-role-grants";
	}
}
