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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public pages speak English and Spanish (issue 7, part 7), so no public template may carry a word of its own:
 * every text comes from the message bundles through {@code chrome.t(...)} or from the view. This test reads each
 * template a visitor without an account can reach and fails on text with letters outside an expression, on a
 * human-readable attribute ({@code aria-label}, {@code title}, {@code alt}, {@code placeholder}) written out, and on a
 * sentence written as a string literal in template code (such as a page title).
 */
class PublicTemplatesTests {

	/**
	 * Words allowed as written. {@code Leo} is the platform's name; the two language names stay in their own language
	 * on every page, so a reader of either can find the switch. CSV, JSON and API name formats, the same in both.
	 */
	private static final Set<String> ALLOWED = Set.of("Leo", "English", "Español", "CSV", "JSON", "API");

	private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
	private static final Pattern FILE_NAME = Pattern.compile("[a-z0-9-]+\\.(csv|json)( ·)?");
	private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");
	private static final Pattern TEXT_ATTRIBUTE = Pattern
		.compile("\\b(aria-label|title|alt|placeholder)\\s*=\\s*\"([^\"]*)\"");
	private static final Pattern SENTENCE = Pattern
		.compile("^[A-Z][a-z].*|.*\\p{L}\\s+\\p{L}.*|^\\s.*\\p{L}.*|.*\\p{L}.*\\s$");

	@ParameterizedTest
	@ValueSource(strings = { "layout.jte", "error.jte", "login.jte", "site/landing.jte", "complaints/form.jte",
			"complaints/field-problem.jte", "complaints/acknowledgement.jte", "complaints/status.jte",
			"engagement/events.jte", "engagement/event.jte", "engagement/registration.jte", "engagement/registered.jte",
			"engagement/survey.jte", "engagement/rating.jte", "engagement/results.jte", "engagement/field-problem.jte",
			"transparency/portal.jte", "transparency/chart.jte", "transparency/table-rows.jte",
			"transparency/filter-select.jte", "transparency/officers.jte", "transparency/data.jte",
			"investigations/public-case.jte", "investigations/minutes.jte" })
	void hasNoTextOfItsOwn(String template) throws IOException {
		String source = Files.readString(Path.of("src/main/jte", template), StandardCharsets.UTF_8);

		assertThat(new Scan(source).run()).as("hard-coded text in %s", template).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<h1>Case ${view.caseNumber()}</h1>", "<th aria-label=\"Finding\">${x}</th>",
			"@template.layout(title = \"Review board\", content = @`<p>${x}</p>`)",
			"@if(a)<p>${b ? \"yes\" : \" (unanimous)\"}</p>@endif" })
	void findsTextWrittenInATemplate(String source) {
		assertThat(new Scan(source).run()).isNotEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "<a class=\"brand\" href=\"/\">Leo</a> · ${chrome.t(\"layout.home\")}",
			"@if(view.x().isEmpty())<p>${chrome.t(\"a.b\", view.y())}</p>@endif<!-- a comment -->",
			"@template.layout(chrome = chrome, title = chrome.t(\"x\"), content = @`<a aria-current=\"${c ? \"page\" : null}\">&nbsp;${y}</a>`)" })
	void acceptsTextFromTheBundles(String source) {
		assertThat(new Scan(source).run()).isEmpty();
	}

	/** A one-pass reading of a JTE template: text, tags, and the Java code inside {@code ${}} and {@code @...(...)}. */
	private static final class Scan {

		private final String source;
		private final List<String> found = new ArrayList<>();
		private int at;

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
			if (FILE_NAME.matcher(text.strip()).matches()) {
				return; // a download's file name, the same in every language
			}
			Matcher word = LETTERS.matcher(ENTITY.matcher(text).replaceAll(" "));
			while (word.find()) {
				if (!ALLOWED.contains(word.group())) {
					found.add(word.group() + " in «" + text.strip().replaceAll("\\s+", " ") + "»");
					return;
				}
			}
		}
	}
}
