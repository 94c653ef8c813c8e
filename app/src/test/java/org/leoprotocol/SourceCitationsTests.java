package org.leoprotocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Javadoc and docs cite the statute, policy, standard or paper itself, never a working file outside the repository
 * (research notes and design drafts a reader of the repository cannot open). The repository's own documents, such as
 * {@code docs/scenarios.md} and the ADRs, may be cited.
 */
class SourceCitationsTests {

	/** The names of the notes kept beside the repository, written so that this file does not match itself. */
	static final Pattern OUTSIDE_FILE = Pattern.compile("[A-Z]+-RESEARC[H]|\\b(SCENARIOS|ARCHITECTURE|STACK"
			+ "|CONVENTIONS)\\.m[d]|shared/researc[h]|shared/desig[n]|docs/researc[h]|\\bresearch (section|rule|[A-Z]\\d)");

	@Test
	void noSourceCitesAFileOutsideTheRepository() {
		List<String> citations = new ArrayList<>();
		for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"), Path.of("../docs"),
				Path.of("../bench/src"), Path.of("../README.md"))) {
			citations.addAll(citationsUnder(root));
		}
		assertThat(citations).as("cite the primary source (statute, policy, RFC, paper) instead").isEmpty();
	}

	@Test
	void theCheckRecognisesEachKindOfCitation() {
		assertThat(Stream.of("(ACCOUNTABILITY-" + "RESEARCH.md §4.1)", "see SCENARIOS" + ".md", "STACK" + ".md pitfall",
				"../shared/" + "research/X.md", "(research" + " section 8)", "research" + " rule R3",
				"research" + " T3"))
			.allMatch(line -> OUTSIDE_FILE.matcher(line).find());
		assertThat(OUTSIDE_FILE.matcher("Scenario 002 (docs/scenarios.md), RFC 9162 §2.1.1").find()).isFalse();
	}

	private static List<String> citationsUnder(Path root) {
		if (!Files.exists(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile)
				.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".md"))
				.flatMap(SourceCitationsTests::citationsIn)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Stream<String> citationsIn(Path file) {
		try {
			List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
			List<String> found = new ArrayList<>();
			for (int i = 0; i < lines.size(); i++) {
				if (OUTSIDE_FILE.matcher(lines.get(i)).find()) {
					found.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
				}
			}
			return found.stream();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
