package org.leoprotocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every word a staff or public page shows comes from the message bundles, so a Spanish reader reads the page in
 * Spanish: no template writes a sentence, a heading or a button's label in English. The crawl of the demo's pages in
 * Spanish finds English that a bundle still lacks; this check finds English that never went through a bundle at all.
 */
class TemplateWordsTests {

	static final Path TEMPLATES = Path.of("src/main/jte");

	@Test
	void noTemplateWritesWordsOutsideTheMessageBundles() throws IOException {
		List<String> written = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".jte")).sorted().toList()) {
				String template = Files.readString(file, StandardCharsets.UTF_8);
				TemplateText.wordsOf(template)
					.forEach(piece -> written
						.add(TEMPLATES.relativize(file) + ":" + piece.line() + ": " + piece.text()));
			}
		}
		assertThat(written).as("English written into templates; say it with chrome.t(key)").isEmpty();
	}

	@Test
	void aHeadingWrittenInEnglishIsFound() {
		assertThat(TemplateText.wordsOf("<h1>Officers on duty</h1>")).extracting(TemplateText.Written::text)
			.containsExactly("Officers on duty");
	}

	@Test
	void aLabelInsideAContentBlockOrAShownAttributeIsFound() {
		String template = """
				@template.layout(chrome = chrome, title = chrome.t("x"), content = @`
				  <button type="submit" title="Close the case">${chrome.t("case.close")}</button>
				  @if(view.open())<p>Still open</p>@endif
				`)
				""";
		assertThat(TemplateText.wordsOf(template)).extracting(TemplateText.Written::line, TemplateText.Written::text)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, "title=\"Close the case\""),
					org.assertj.core.groups.Tuple.tuple(3, "Still open"));
	}

	@Test
	void wordsSaidThroughTheBundlesCodeAndNamesAreNotWords() {
		String template = """
				<!DOCTYPE html>
				@import org.leoprotocol.shared.web.Chrome
				@param Chrome chrome
				<%-- a comment the reader never sees --%>
				<h1 class="title" data-role="${view.role()}">${chrome.t("home.title", view.name())}</h1>
				<p><code>./leo import --mapping NAME FILE.csv</code> · CSV · JSON · Leo · English · Español</p>
				<input name="file" placeholder="my-agency.properties">
				<script>document.title = "not read";</script>
				@for(var row : view.rows())<td>${row.name()}</td>@endfor
				""";
		assertThat(TemplateText.wordsOf(template)).isEmpty();
	}
}
