package org.leoprotocol.shared.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page speaks the reader's language, English or Spanish, public pages and staff pages alike, so no template
 * carries a word of its own: every text comes from the message bundles through {@code chrome.t(...)} or from the view.
 * This test reads every template and fails on text with letters outside an expression, on a human-readable attribute
 * ({@code aria-label}, {@code title}, {@code alt}, {@code placeholder}) written out, and on a sentence written as a
 * string literal in template code (such as a page title). A command or an address to be typed as written
 * ({@code <code>}, {@code <kbd>}, {@code <samp>}, {@code <pre>}), a file's name, a media type and an acronym (CSV, URL,
 * CAP) are the same in every language. The crawl of every demo account's pages in Spanish finds a bundle's English
 * sentence on a Spanish page; this finds English that never went through a bundle.
 */
class TemplateWordsTests {

	private static final Path TEMPLATES = Path.of("src/main/jte");

	/**
	 * Words allowed as written. {@code Leo} is the platform's name; the two language names stay in their own language
	 * on every page, so a reader of either can find the switch. CSV, JSON and API name formats, the same in both.
	 */
	private static final Set<String> ALLOWED = Set.of("Leo", "English", "Español", "CSV", "JSON", "API");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
	private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9-]+\\.[a-z]+( ·)?");
	private static final Pattern MEDIA_TYPE = Pattern.compile("\\(?[a-z]+/[a-z0-9.+-]+\\)?");
	private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}+");
	private static final Pattern CODE_TAG = Pattern.compile("\\s*(/?)(code|kbd|samp|pre)\\b.*", Pattern.DOTALL);
	private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\b(aria-label|title|alt|placeholder)\\s*=\\s*\"([^\"]*)\"");
	private static final Pattern SENTENCE = Pattern
		.compile("^[A-Z][a-z].*|.*\\p{L}\\s+\\p{L}.*|^\\s.*\\p{L}.*|.*\\p{L}.*\\s$");

	/** Every template under {@code src/main/jte}, by its path there. */
	static Stream<String> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			return files.filter(file -> file.toString().endsWith(".jte"))
				.map(file -> TEMPLATES.relativize(file).toString().replace('\\', '/'))
				.sorted()
				.toList()
				.stream();
		}
	}

	@ParameterizedTest
	@MethodSource("templates")
	void hasNoTextOfItsOwn(String template) throws IOException {
		String source = Files.readString(TEMPLATES.resolve(template), StandardCharsets.UTF_8);

		assertThat(new Scan(source).run()).as("hard-coded text in %s", template).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<h1>Case ${view.caseNumber()}</h1>", "<th aria-label=\"Finding\">${x}</th>",
			"@template.layout(title = \"Review board\", content = @`<p>${x}</p>`)",
			"@if(a)<p>${b ? \"yes\" : \" (unanimous)\"}</p>@endif", "<td><code>x</code> Officers on duty</td>" })
	void findsTextWrittenInATemplate(String source) {
		assertThat(new Scan(source).run()).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<a class=\"brand\" href=\"/\">Leo</a> · ${chrome.t(\"layout.home\")}",
			"@if(view.x().isEmpty())<p>${chrome.t(\"a.b\", view.y())}</p>@endif<!-- a comment -->",
			"<p>${chrome.t(\"a\")} <code>./leo import --mapping NAME FILE.csv</code></p><p>(text/plain)</p><p>CAP 1.2</p>",
			"@template.layout(chrome = chrome, title = chrome.t(\"x\"), content = @`<a aria-current=\"${c ? \"page\" : null}\">&nbsp;${y}</a>`)" })
	void acceptsTextFromTheBundles(String source) {
		assertThat(new Scan(source).run()).isEmpty();
	}

	/** A one-pass reading of a JTE template: text, tags, and the Java code inside {@code ${}} and {@code @...(...)}. */
	private static final class Scan {

		private final String source;
		private final List<String> found = new ArrayList<>();
		private int at;
		private int insideCode;

		Scan(String source) {
			this.source = source.replaceAll("(?s)<!--.*?-->|<%--.*?--%>", "");
		}

		List<String> run() {
			text(false);
			return found;
		}

		private void text(boolean nested) {
			StringBuilder words = new StringBuilder();
			while (at < source.length()) {
				char c = source.charAt(at);
				if (nested && c == '`') {
					at++;
					break;
				}
				if (startsExpression()) {
					words = checked(words);
					code('{', '}');
				}
				else if (c == '@' && directive()) {
					words = checked(words);
				}
				else if (c == '<') {
					words = checked(words);
					tag();
				}
				else {
					words.append(c);
					at++;
				}
			}
			checked(words);
		}

		private StringBuilder checked(StringBuilder words) {
			checkText(words.toString());
			return new StringBuilder();
		}

		private boolean startsExpression() {
			for (String opening : List.of("${", "$unsafe{", "!{")) {
				if (source.startsWith(opening, at)) {
					at += opening.length() - 1;
					return true;
				}
			}
			return false;
		}

		private boolean directive() {
			Matcher name = Pattern.compile("@([\\w.-]+)").matcher(source).region(at, source.length());
			if (!name.lookingAt()) {
				return false;
			}
			String word = name.group(1);
			at = name.end();
			if (word.equals("import") || word.equals("param")) {
				int end = source.indexOf('\n', at);
				at = end < 0 ? source.length() : end;
			}
			else if (at < source.length() && source.charAt(at) == '(') {
				code('(', ')');
			}
			return true;
		}

		private void tag() {
			StringBuilder tag = new StringBuilder();
			while (at < source.length() && source.charAt(at) != '>') {
				if (startsExpression()) {
					tag.append('\u0000');
					code('{', '}');
				}
				else {
					tag.append(source.charAt(at++));
				}
			}
			at++;
			Matcher code = CODE_TAG.matcher(tag.substring(1));
			if (code.matches()) {
				insideCode += code.group(1).isEmpty() ? 1 : -1;
			}
			Matcher attribute = TEXT_ATTRIBUTE.matcher(tag);
			while (attribute.find()) {
				checkText(attribute.group(2));
			}
		}

		private void code(char open, char close) {
			int depth = 0;
			while (at < source.length()) {
				char c = source.charAt(at);
				if (c == '"') {
					literal();
					continue;
				}
				if (c == '@' && at + 1 < source.length() && source.charAt(at + 1) == '`') {
					at += 2;
					text(true);
					continue;
				}
				at++;
				if (c == open) {
					depth++;
				}
				else if (c == close && --depth == 0) {
					return;
				}
			}
		}

		private void literal() {
			int start = ++at;
			while (at < source.length() && source.charAt(at) != '"') {
				at += source.charAt(at) == '\\' ? 2 : 1;
			}
			String value = source.substring(start, Math.min(at, source.length()));
			at++;
			if (SENTENCE.matcher(value).matches()) {
				found.add("\"" + value + "\"");
			}
		}

		private void checkText(String text) {
			if (text.strip().startsWith("/")) {
				return; // an address, such as an API path shown in <code>
			}
			if (insideCode > 0) {
				return; // a command or an address to be typed as written
			}
			if (FILE_NAME.matcher(text.strip()).matches() || MEDIA_TYPE.matcher(text.strip()).matches()) {
				return; // a file's name or a media type, the same in every language
			}
			Matcher word = LETTERS.matcher(ENTITY.matcher(text).replaceAll(" "));
			while (word.find()) {
				if (!ALLOWED.contains(word.group()) && !ACRONYM.matcher(word.group()).matches()) {
					found.add(word.group() + " in «" + text.strip().replaceAll("\\s+", " ") + "»");
					return;
				}
			}
		}
	}
}
