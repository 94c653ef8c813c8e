package org.leoprotocol;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a JTE template as a reader of its page would: the text between tags and the attributes a browser or a screen
 * reader shows ({@code title}, {@code aria-label}, {@code placeholder}, {@code alt}), leaving out what the template
 * computes ({@code ${…}} expressions, {@code @if}/{@code @for} conditions, the arguments of a {@code @template} call
 * except the content blocks it is given), comments, scripts and styles, and what is code to be typed ({@code <code>},
 * {@code <kbd>}, {@code <samp>}, {@code <pre>}). What is left and holds a word of a language is English written into
 * the page, which a Spanish reader would read in English: a page says its words with {@code chrome.t(key)}.
 *
 * <p>
 * A word is a run of letters of two or more, not all capitals (an acronym such as CSV or CAP is a name in every
 * language), and not one of the {@link #NAMES names} every page says as they are.
 */
final class TemplateText {

	/** Names said alike in every language: Leo itself, and each language's name in its own language. */
	static final Set<String> NAMES = Set.of("Leo", "English", "Español");

	private static final Set<String> SHOWN_ATTRIBUTES = Set.of("title", "aria-label", "placeholder", "alt");

	private static final Set<String> CODE = Set.of("code", "kbd", "samp", "pre");

	private static final Pattern TAG = Pattern.compile("</?([A-Za-z][\\w-]*)");

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*\"");

	private static final Pattern LINE_DIRECTIVE = Pattern.compile("@(?:import|param)\\b");

	private static final Pattern CALL = Pattern.compile("@(?:if|elseif|for|template\\.[\\w.-]+)\\s*(?=\\()");

	private static final Pattern KEYWORD = Pattern.compile("@(?:else|endif|endfor|raw|endraw)\\b");

	private static final Pattern WORD_EDGES = Pattern.compile("^[\\p{Punct}·—–…¿¡]+|[\\p{Punct}·—–…¿¡]+$");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern ENTITY = Pattern.compile("&#?\\w+;");

	/** One piece of text a reader would read, with the line of the template it starts on. */
	record Written(int line, String text) {
	}

	private final String source;

	private final List<Written> written = new ArrayList<>();

	private final StringBuilder text = new StringBuilder();

	private int at;

	private int textStart;

	private int insideCode;

	private TemplateText(String source) {
		this.source = source;
	}

	/** Every piece of text in the template that holds a word, in the order of the page. */
	static List<Written> wordsOf(String template) {
		TemplateText reader = new TemplateText(template);
		reader.readText(false);
		return reader.written;
	}

	/** Whether a piece of text holds a word of a language, as {@link TemplateText} defines one. */
	static boolean holdsWord(String piece) {
		return WHITESPACE.splitAsStream(ENTITY.matcher(piece).replaceAll(" ").strip())
			.map(token -> WORD_EDGES.matcher(token).replaceAll(""))
			.anyMatch(word -> word.length() >= 2 && word.chars().allMatch(Character::isLetter)
					&& !word.equals(word.toUpperCase(Locale.ROOT)) && !NAMES.contains(word));
	}

	private void readText(boolean untilBacktick) {
		while (at < source.length()) {
			if (untilBacktick && source.charAt(at) == '`') {
				at++;
				break;
			}
			if (!skipped()) {
				keep(source.charAt(at++));
			}
		}
		flush();
	}

	/** Skips what no reader reads at the cursor, if anything is there. */
	private boolean skipped() {
		if (startsWith("<%--") || startsWith("<!--")) {
			at = after(startsWith("<%--") ? "--%>" : "-->");
			return true;
		}
		if (startsWith("<!")) {
			at = after(">");
			return true;
		}
		if (startsExpression()) {
			skipExpression();
			keep(' ');
			return true;
		}
		if (source.charAt(at) == '<' && TAG.matcher(source).region(at, source.length()).lookingAt()) {
			flush();
			readTag();
			return true;
		}
		Matcher directive = LINE_DIRECTIVE.matcher(source).region(at, source.length());
		if (directive.lookingAt()) {
			at = after("\n");
			return true;
		}
		Matcher call = CALL.matcher(source).region(at, source.length());
		if (call.lookingAt()) {
			flush();
			at = call.end();
			skipJava('(', ')');
			return true;
		}
		Matcher keyword = KEYWORD.matcher(source).region(at, source.length());
		if (keyword.lookingAt()) {
			flush();
			at = keyword.end();
			return true;
		}
		return false;
	}

	private void readTag() {
		Matcher tag = TAG.matcher(source).region(at, source.length());
		tag.lookingAt();
		String name = tag.group(1).toLowerCase(Locale.ROOT);
		boolean closing = source.charAt(at + 1) == '/';
		at = tag.end();
		while (at < source.length() && source.charAt(at) != '>') {
			if (!skipped()) {
				Matcher attribute = ATTRIBUTE.matcher(source).region(at, source.length());
				if (attribute.lookingAt()) {
					readAttribute(attribute.group(1).toLowerCase(Locale.ROOT), attribute.end());
				}
				else {
					at++;
				}
			}
		}
		at++;
		if (name.equals("script") || name.equals("style")) {
			at = after("</" + name);
		}
		if (CODE.contains(name)) {
			insideCode += closing ? -1 : 1;
		}
	}

	private void readAttribute(String name, int valueStart) {
		int line = lineAt(valueStart);
		at = valueStart;
		StringBuilder value = new StringBuilder();
		while (at < source.length() && source.charAt(at) != '"') {
			if (startsExpression()) {
				skipExpression();
				value.append(' ');
			}
			else {
				value.append(source.charAt(at++));
			}
		}
		at++;
		if (SHOWN_ATTRIBUTES.contains(name) && holdsWord(value.toString())) {
			written.add(new Written(line, name + "=\"" + value + "\""));
		}
	}

	private boolean startsExpression() {
		return startsWith("${") || startsWith("$unsafe{") || startsWith("!{");
	}

	private void skipExpression() {
		at = source.indexOf('{', at);
		skipJava('{', '}');
	}

	/**
	 * Skips Java code from the opening bracket at the cursor to its closing one, past string literals; a content block
	 * ({@code @`…`}) inside it is page text and is read.
	 */
	private void skipJava(char open, char close) {
		int depth = 0;
		while (at < source.length()) {
			char c = source.charAt(at);
			if (c == '"' || c == '\'') {
				skipLiteral(c);
				continue;
			}
			if (startsWith("@`")) {
				at += 2;
				readText(true);
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

	private void skipLiteral(char quote) {
		at++;
		while (at < source.length() && source.charAt(at) != quote) {
			at += source.charAt(at) == '\\' ? 2 : 1;
		}
		at++;
	}

	private void keep(char c) {
		if (text.length() == 0) {
			textStart = at;
		}
		if (insideCode == 0 || Character.isWhitespace(c)) {
			text.append(c);
		}
	}

	private void flush() {
		String piece = text.toString().strip();
		if (holdsWord(piece)) {
			written.add(new Written(lineAt(textStart), WHITESPACE.matcher(piece).replaceAll(" ")));
		}
		text.setLength(0);
	}

	private boolean startsWith(String prefix) {
		return source.startsWith(prefix, at);
	}

	private int after(String end) {
		int found = source.indexOf(end, at);
		return found < 0 ? source.length() : found + end.length();
	}

	private int lineAt(int index) {
		return (int) source.substring(0, Math.min(index, source.length())).chars().filter(c -> c == '\n').count() + 1;
	}
}
