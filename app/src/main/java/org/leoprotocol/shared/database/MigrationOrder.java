package org.leoprotocol.shared.database;

import java.util.Arrays;
import java.util.stream.Stream;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

/**
 * How Leo reads its schema history when it upgrades a database. Leo's early migrations were written side by side and
 * some shipped after a higher-numbered one had already shipped: V13 after V54, V23 after V56, V64 after V70, among
 * others. A database built by such a release has applied the higher number but not the lower one, and Flyway's default
 * validation refuses to start on it ("detected resolved migration not applied to database"). Leo therefore applies a
 * lower-numbered migration it finds missing ({@code outOfOrder}). Each of those was written against the schema of its
 * own day and does not depend on the higher ones it arrived after; the upgrade tests replay every schema Leo has
 * released, with data, up to the current one. New migrations must be numbered above every released one (a build test
 * refuses anything else), so this tolerance covers the history and no new mistake. Migrations that were renumbered
 * after they shipped are moved to their present numbers first ({@link RenumberedMigrations}).
 */
@Component
class MigrationOrder implements FlywayConfigurationCustomizer {

	@Override
	public void customize(FluentConfiguration configuration) {
		configuration.outOfOrder(true);
		configuration.callbacks(Stream.concat(Arrays.stream(configuration.getCallbacks()),
				Stream.of(new RenumberedMigrations()))
			.toArray(Callback[]::new));
	}
}
