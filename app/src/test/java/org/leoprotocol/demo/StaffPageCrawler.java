package org.leoprotocol.demo;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Reads every staff page one account reaches from the staff navigation, following links (never forms), and collects
 * what a reader should never meet: a server error, a time without its zone, a raw code such as {@code ENGAGE_PERSON} or
 * {@code {TERMINATION=1}} where a phrase belongs, or a message key shown as itself because no bundle has its text (the
 * page's {@code chrome.t} falls back to the key), in the text or in an attribute such as an {@code aria-label}; and, on
 * a page read in Spanish, an English sentence left in the page's own words.
 */
final class StaffPageCrawler {

	private static final Pattern LINK = Pattern.compile("href=\"(/staff[^\"#]*)\"");
	private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>");
	/** A duration ("late by 4:10", "on scene 11:42") is marked as one on the page and is not a time of day. */
	private static final Pattern DURATION = Pattern
		.compile("(?is)<([a-z]+)[^>]*data-(?:duration|example)[^>]*>.*?</\\1>");
	/** An identifier shown as one (a step's code in the protocol editor, an evidence reference) is set in code. */
	private static final Pattern CODE_ELEMENT = Pattern.compile("(?is)<code>.*?</code>");
	private static final Pattern TAG = Pattern.compile("<[^>]*>");
	/**
	 * Leo's findings speak of durations in prose: "on scene 11:42 before first engagement", "camera off 5:00 during",
	 * in Spanish "en el lugar durante 11:42", "(protocolo: máximo de 2:00)".
	 */
	private static final Pattern PROSE_DURATION = Pattern.compile(
			"(?i)(?:on scene|camera off|late by|late|off for|within|durante|máximo de) \\d{1,3}:\\d{2}(?::\\d{2})?");
	/** A list or range of times labelled once at its end: "(14:01:00–14:02:00, 14:04:00–14:04:30 CDT)". */
	private static final Pattern LABELLED_LIST = Pattern.compile(
			"(?:\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s?[–-]\\s?|, ))+(?=\\d{1,2}:\\d{2}(?::\\d{2})?\\s?[A-Z]{2,5}\\b)");
	/** An ISO instant printed as is, or a clock time with no zone after it (CDT, UTC, +02:00). */
	static final Pattern RAW_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}");
	static final Pattern UNLABELLED_TIME = Pattern.compile(
			"(?<![\\d:.#/+-])(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?![\\d:])(?!\\s?(?:[A-Z]{2,5}\\b|[+-]\\d{1,2}(?::?\\d{2})?\\b))");
	/** An enum name (two or more upper-case words joined by underscores) or a map printed by toString. */
	static final Pattern RAW_CODE = Pattern.compile("\\b[A-Z][A-Z0-9]+(?:_[A-Z0-9]+)+\\b|\\{[A-Z_]+=\\d+");

	/** A word shaped like a message key ("evidence.pages.list.title"); it is one when a bundle defines it. */
	private static final Pattern KEY_LIKE = Pattern.compile("(?<![\\w./-])[a-z][a-zA-Z0-9-]*(?:\\.[A-Za-z0-9_-]+)+");
	/** Every message key of the bundles Leo loads. */
	private static final Set<String> KEYS = keys();

	/**
	 * What a person wrote (a complaint's narrative, a note) is data and stays in the words it was written in; the page
	 * marks it so ({@code data-user-text}), for a screen reader as much as for this check, and a proper name (a unit's)
	 * as not to be translated ({@code translate="no"}). A text field's value is what someone typed; the head's title
	 * repeats the page's heading.
	 */
	private static final Pattern USER_TEXT = Pattern
		.compile(
				"(?is)<([a-z][a-z0-9]*)\\b[^>]*(?:data-user-text|lang=\"en\"|translate=\"no\")[^>]*>.*?</\\1>|<textarea[^>]*>.*?</textarea>|<head>.*?</head>");
	/** English function words: two of them close together are an English phrase, not a name or a loan word. */
	private static final String FUNCTION_WORD = "(?:the|of|and|is|are|was|were|with|for|has|have|been|to|this|that"
			+ "|be|by|from|will|not|or|an|it|its|at|on|in|which|when|can|you|your)";
	static final Pattern ENGLISH_RUN = Pattern
		.compile("(?i)(?<![\\p{L}'’-])" + FUNCTION_WORD + "(?:\\s+[\\p{L}'’-]+){0,2}?\\s+" + FUNCTION_WORD
				+ "(?![\\p{L}'’-])");

	/** An id or number in a path: pages of one route differ only there. */
	private static final Pattern INSTANCE = Pattern
		.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\b\\d+\\b|\\?.*$");

	private final MockMvc mvc;
	private final int mostPages;
	private final int perRoute;

	/**
	 * Reads at most {@code mostPages} pages, of which at most {@code perRoute} of one route (three officers' records,
	 * not 300).
	 */
	StaffPageCrawler(MockMvc mvc, int mostPages, int perRoute) {
		this.mvc = mvc;
		this.mostPages = mostPages;
		this.perRoute = perRoute;
	}

	/**
	 * Crawls as one account in one language from the staff home page; returns every problem met, each naming its page.
	 */
	Result crawl(RequestPostProcessor account, String start, String language) throws Exception {
		Set<String> seen = new LinkedHashSet<>(List.of(start));
		java.util.Map<String, Integer> routes = new java.util.HashMap<>();
		Deque<String> queue = new ArrayDeque<>(seen);
		List<String> problems = new ArrayList<>();
		while (!queue.isEmpty()) {
			String path = queue.poll();
			MockHttpServletResponse response = mvc.perform(get(path).header("Accept-Language", language).with(account))
				.andReturn().getResponse();
			if (response.getStatus() >= 500) {
				problems.add(path + ": status " + response.getStatus());
			}
			String type = response.getContentType();
			if (type == null || !type.startsWith("text/html")) {
				continue;
			}
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			problems.addAll(problemsIn(path, body, language));
			Matcher links = LINK.matcher(body);
			while (links.find() && seen.size() < mostPages) {
				String link = links.group(1).replace("&amp;", "&");
				if (followed(link) && !seen.contains(link)
						&& routes.merge(INSTANCE.matcher(link).replaceAll("#"), 1, Integer::sum) <= perRoute
						&& seen.add(link)) {
					queue.add(link);
				}
			}
		}
		return new Result(seen, problems);
	}

	/** The problems of one page's visible text, read in English. */
	static List<String> problemsIn(String path, String html) {
		return problemsIn(path, html, "en");
	}

	/** The problems of one page's visible text read in {@code language}. */
	static List<String> problemsIn(String path, String html, String language) {
		List<String> problems = new ArrayList<>(problemsOf(path, html));
		if (language.equals("es")) {
			String own = TAG
				.matcher(USER_TEXT.matcher(CODE_ELEMENT.matcher(SCRIPT_OR_STYLE.matcher(html).replaceAll(" "))
					.replaceAll(" ")).replaceAll(" "))
				.replaceAll(" ").replace("&nbsp;", " ").replaceAll("\\s+", " ");
			Matcher english = ENGLISH_RUN.matcher(own);
			while (english.find()) {
				int from = Math.max(0, english.start() - 40);
				problems.add(path + ": English left '" + english.group() + "' in …"
						+ own.substring(from, Math.min(own.length(), english.end() + 40)) + "…");
			}
		}
		return problems;
	}

	private static List<String> problemsOf(String path, String html) {
		String text = TAG
			.matcher(CODE_ELEMENT
				.matcher(DURATION.matcher(SCRIPT_OR_STYLE.matcher(html).replaceAll(" ")).replaceAll(" "))
				.replaceAll(" "))
			.replaceAll(" ")
			.replace("&nbsp;", " ").replaceAll("\\s+", " ");
		text = LABELLED_LIST.matcher(PROSE_DURATION.matcher(text).replaceAll(" ")).replaceAll("");
		List<String> problems = new ArrayList<>();
		Matcher word = KEY_LIKE.matcher(SCRIPT_OR_STYLE.matcher(html).replaceAll(" "));
		while (word.find()) {
			if (KEYS.contains(word.group())) {
				problems.add(path + ": untranslated key '" + word.group() + "'");
				break;
			}
		}
		find(RAW_INSTANT, text, path, "raw instant", problems);
		find(UNLABELLED_TIME, text, path, "time without its zone", problems);
		find(RAW_CODE, text, path, "raw code", problems);
		return problems;
	}

	private static void find(Pattern pattern, String text, String path, String what, List<String> problems) {
		Matcher found = pattern.matcher(text);
		if (found.find()) {
			int from = Math.max(0, found.start() - 60);
			int to = Math.min(text.length(), found.end() + 40);
			problems.add(path + ": " + what + " '" + found.group() + "' in …" + text.substring(from, to) + "…");
		}
	}

	/** The keys of every bundle named in {@code spring.messages.basename}. */
	private static Set<String> keys() {
		try {
			java.util.Properties settings = load("/application.properties");
			Set<String> keys = new java.util.HashSet<>();
			for (String bundle : settings.getProperty("spring.messages.basename").split(",", -1)) {
				keys.addAll(load("/" + bundle.strip() + ".properties").stringPropertyNames());
			}
			return Set.copyOf(keys);
		}
		catch (java.io.IOException unreadable) {
			throw new java.io.UncheckedIOException(unreadable);
		}
	}

	private static java.util.Properties load(String resource) throws java.io.IOException {
		java.util.Properties texts = new java.util.Properties();
		try (var reader = new java.io.InputStreamReader(StaffPageCrawler.class.getResourceAsStream(resource),
				StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}

	private static boolean followed(String link) {
		return !link.contains("lang=") && !link.startsWith("/staff/logout") && !link.contains("/download")
				&& !link.endsWith(".csv") && !link.endsWith(".json")
				&& !link.endsWith(".pdf") && !link.contains("/exports/") && !link.contains("/content");
	}

	record Result(Set<String> pages, List<String> problems) {
	}
}
