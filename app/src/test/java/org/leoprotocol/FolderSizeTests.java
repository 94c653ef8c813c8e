package org.leoprotocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newcomer finds a class by its concept folder, not by scrolling one long listing: no folder of main sources holds
 * more than {@value #MOST} Java files at one level ({@code package-info.java} not counted). The folders not yet split
 * are listed with the count they had when the rule came; a listed folder may shrink but never grow, and once it is down
 * to the limit it must leave the list, so the list can only get shorter. Every folder holding Java files says in a
 * {@code package-info.java} Javadoc what lives there.
 */
class FolderSizeTests {

	static final int MOST = 30;

	static final Path MAIN = Path.of("src/main/java/org/leoprotocol");

	/** Folders still waiting for their split into concept sub-packages, with the most files each may hold. */
	static final Map<String, Integer> NOT_YET_SPLIT = Map.of();

	@Test
	void noFolderHoldsMoreThanThirtyJavaFiles() throws IOException {
		assertThat(crowded()).as("folders over %d Java files that are not on the list", MOST)
			.allSatisfy((folder, files) -> assertThat(NOT_YET_SPLIT).containsKey(folder));
	}

	@Test
	void aFolderNotYetSplitNeverGrowsAndLeavesTheListOnceSplit() throws IOException {
		Map<String, Integer> crowded = crowded();
		NOT_YET_SPLIT.forEach((folder, most) -> {
			assertThat(crowded).as("%s is down to %d files or fewer: take it off the list", folder, MOST)
				.containsKey(folder);
			assertThat(crowded.get(folder)).as("Java files in %s", folder).isLessThanOrEqualTo(most);
		});
	}

	@Test
	void everyFolderSaysWhatLivesThere() throws IOException {
		List<String> silent = new ArrayList<>();
		try (Stream<Path> folders = Files.walk(MAIN)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				Path info = folder.resolve("package-info.java");
				boolean says = Files.exists(info) && Files.readString(info, StandardCharsets.UTF_8).contains("/**");
				if (javaFiles(folder) > 0 && !says) {
					silent.add(MAIN.relativize(folder).toString().replace('\\', '/'));
				}
			}
		}
		assertThat(silent).as("folders without a package-info.java Javadoc").isEmpty();
	}

	/**
	 * Every folder under the main sources holding more than {@link #MOST} Java files, by path below org/leoprotocol.
	 */
	static Map<String, Integer> crowded() throws IOException {
		Map<String, Integer> crowded = new TreeMap<>();
		try (Stream<Path> folders = Files.walk(MAIN)) {
			for (Path folder : folders.filter(Files::isDirectory).toList()) {
				int files = javaFiles(folder);
				if (files > MOST) {
					crowded.put(MAIN.relativize(folder).toString().replace('\\', '/'), files);
				}
			}
		}
		return crowded;
	}

	private static int javaFiles(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return (int) files.map(file -> file.getFileName().toString())
				.filter(name -> name.endsWith(".java") && !name.equals("package-info.java"))
				.count();
		}
	}
}
