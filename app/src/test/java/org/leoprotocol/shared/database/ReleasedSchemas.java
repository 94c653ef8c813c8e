package org.leoprotocol.shared.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The schemas Leo has shipped, read from {@code released-schemas.txt}, and the migrations it has now.
 *
 * @param releases each release's commit and the versions it added, oldest first
 * @param migrations every migration file of this build, by version
 */
record ReleasedSchemas(List<Release> releases, List<Migration> migrations) {

	private static final Pattern RELEASE = Pattern.compile("([\\w.-]+) [\\d-]+: ([\\d_ ]+)");
	private static final Pattern MIGRATION = Pattern.compile("V([\\d_]+)__.+\\.sql");

	/** One commit on main that changed the schema, and the migration versions it added. */
	record Release(String commit, List<BigDecimal> added) {
	}

	/** One migration file: its version and its name in {@code db/migration}. */
	record Migration(BigDecimal version, String file) {
	}

	static ReleasedSchemas read() {
		return new ReleasedSchemas(readReleases(), readMigrations());
	}

	/** The highest version any release has shipped. */
	BigDecimal highestReleased() {
		return releases.stream().flatMap(release -> release.added().stream()).max(Comparator.naturalOrder())
			.orElse(BigDecimal.ZERO);
	}

	/**
	 * The releases an upgrade test must start from: the oldest, the newest, and each one that a later release reached
	 * with a migration numbered below what it had already applied (where Flyway's default order refuses), and each one
	 * that applied a migration under a number it no longer has.
	 */
	List<Release> upgradeStarts() {
		List<Release> starts = new ArrayList<>();
		for (int i = 0; i < releases.size(); i++) {
			Release release = releases.get(i);
			BigDecimal highest = versionsUpTo(release).stream().max(Comparator.naturalOrder()).orElseThrow();
			boolean overtaken = releases.subList(i + 1, releases.size()).stream()
				.anyMatch(later -> later.added().stream().anyMatch(version -> version.compareTo(highest) < 0));
			boolean renumberedLater = RenumberedMigrations.HISTORY.stream()
				.anyMatch(renumbering -> versionsUpTo(release).contains(version(renumbering.shipped())));
			if (i == 0 || i == releases.size() - 1 || overtaken || renumberedLater) {
				starts.add(release);
			}
		}
		return starts;
	}

	/** Every version shipped up to and including the given release. */
	Set<BigDecimal> versionsUpTo(Release last) {
		Set<BigDecimal> versions = new TreeSet<>();
		for (Release release : releases) {
			versions.addAll(release.added());
			RenumberedMigrations.HISTORY.stream()
				.filter(renumbering -> release.added().contains(version(renumbering.now())))
				.forEach(renumbering -> versions.remove(version(renumbering.shipped())));
			if (release.equals(last)) {
				return versions;
			}
		}
		throw new IllegalArgumentException("not a release: " + last);
	}

	/** The file a release applied as the given version: today's file, under its old name if it was renumbered. */
	String fileShippedAs(BigDecimal version) {
		for (MigrationRenumbering renumbering : RenumberedMigrations.HISTORY) {
			if (version(renumbering.shipped()).compareTo(version) == 0) {
				return "V" + renumbering.shipped() + "__" + renumbering.description().replace(' ', '_') + ".sql";
			}
		}
		return file(version);
	}

	/** Today's file of a version, renumbered ones under their present number. */
	String file(BigDecimal version) {
		BigDecimal present = RenumberedMigrations.HISTORY.stream()
			.filter(renumbering -> version(renumbering.shipped()).compareTo(version) == 0)
			.map(renumbering -> version(renumbering.now())).findFirst().orElse(version);
		return migrations.stream().filter(migration -> migration.version().compareTo(present) == 0).map(Migration::file)
			.findFirst().orElseThrow(() -> new IllegalStateException("no migration V" + version));
	}

	static BigDecimal version(String text) {
		return new BigDecimal(text.replace('_', '.'));
	}

	private static List<Release> readReleases() {
		try (InputStream in = ReleasedSchemas.class.getResourceAsStream("released-schemas.txt")) {
			List<Release> releases = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
				Matcher matcher = RELEASE.matcher(line.strip());
				if (matcher.matches()) {
					releases.add(new Release(matcher.group(1), Arrays.stream(matcher.group(2).trim().split(" +"))
						.map(ReleasedSchemas::version).toList()));
				}
			}
			return releases;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<Migration> readMigrations() {
		try {
			List<Migration> migrations = new ArrayList<>();
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath:db/migration/*.sql")) {
				Matcher matcher = MIGRATION.matcher(resource.getFilename());
				if (matcher.matches()) {
					migrations.add(new Migration(version(matcher.group(1)), resource.getFilename()));
				}
			}
			migrations.sort(Comparator.comparing(Migration::version));
			return migrations;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
