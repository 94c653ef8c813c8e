package org.leoprotocol.shared.database;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A migration that has shipped is never renamed or removed, and a new one is numbered above every shipped one: a
 * database built by any release must upgrade, and Flyway applies a lower number late only because Leo's early history
 * needs it ({@link MigrationOrder}).
 */
class MigrationNumberingTests {

	final ReleasedSchemas schemas = ReleasedSchemas.read();

	@Test
	void everyReleasedMigrationIsStillShippedUnderItsVersionOrItsRecordedRenumbering() {
		Set<BigDecimal> present = schemas.migrations().stream().map(ReleasedSchemas.Migration::version)
			.collect(Collectors.toCollection(HashSet::new));
		RenumberedMigrations.HISTORY.stream()
			.filter(renumbering -> present.contains(ReleasedSchemas.version(renumbering.now())))
			.forEach(renumbering -> present.add(ReleasedSchemas.version(renumbering.shipped())));
		assertThat(schemas.releases()).isNotEmpty().allSatisfy(release -> assertThat(present)
			.as("release %s's migrations", release.commit()).containsAll(release.added()));
	}

	@Test
	void aNewMigrationIsNumberedAboveEveryReleasedOne() {
		Set<BigDecimal> released = schemas.releases().stream().flatMap(release -> release.added().stream())
			.collect(Collectors.toSet());
		List<String> below = schemas.migrations().stream()
			.filter(migration -> !released.contains(migration.version()))
			.filter(migration -> migration.version().compareTo(schemas.highestReleased()) <= 0)
			.map(ReleasedSchemas.Migration::file).toList();
		assertThat(below).as("new migrations numbered at or below the highest released version V%s: renumber them "
				+ "above it", schemas.highestReleased())
			.isEmpty();
	}

	@Test
	void noTwoMigrationsShareAVersion() {
		assertThat(schemas.migrations().stream().map(ReleasedSchemas.Migration::version).distinct().count())
			.isEqualTo(schemas.migrations().size());
	}
}
