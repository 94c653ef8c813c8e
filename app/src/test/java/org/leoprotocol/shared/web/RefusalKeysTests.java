package org.leoprotocol.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal the domain raises can be said: each message key written where a refusal is made ({@code new
 * WrongState("...")}, a named refusal's {@code super("...")}) is in the message bundles, and so in English and Spanish
 * (MessageBundlesTests holds the two languages together). A key ending in a dot is the stem of keys completed at run
 * time ({@code "investigations.reference.unknown." + kind}): some key must begin with it.
 */
class RefusalKeysTests {

	private static final Path MAIN = Path.of("src/main/java/org/leoprotocol");

	private static final Pattern RAISED = Pattern.compile(
			"new (?:UnknownRecord|InvalidInput|WrongState|NotPermitted|\\w+Refused)\\(\\s*\"([a-z][\\w.-]*)\"");

	private static final Pattern NAMED = Pattern.compile("super\\(\\s*\"([a-z][\\w.-]*)\"");

	private static final Pattern A_KIND = Pattern
		.compile("extends (?:UnknownRecord|InvalidInput|WrongState|NotPermitted)\\b");

	@Test
	void everyRaisedKeyIsInTheBundles() throws IOException {
		Set<String> known = new HashSet<>();
		for (String bundle : MessageBundlesTests.bundles()) {
			known.addAll(load("/" + bundle.trim() + ".properties").stringPropertyNames());
		}
		assertThat(raisedKeys()).as("refusal keys missing from the message bundles")
			.allMatch(
					key -> known.contains(key)
							|| (key.endsWith(".") && known.stream().anyMatch(k -> k.startsWith(key))));
	}

	@Test
	void findsKeysWhereRefusalsAreMade() {
		assertThat(keys("throw new WrongState(\"protocol.closed\", id);", RAISED)).containsExactly("protocol.closed");
		assertThat(keys("throw new CaseSearchRefused(\n\"investigations.search.tooWide\");", RAISED))
			.containsExactly("investigations.search.tooWide");
	}

	static Set<String> raisedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		try (Stream<Path> files = Files.walk(MAIN)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				keys.addAll(keys(source, RAISED));
				if (A_KIND.matcher(source).find()) {
					keys.addAll(keys(source, NAMED));
				}
			}
		}
		return keys;
	}

	private static Set<String> keys(String source, Pattern pattern) {
		Set<String> keys = new TreeSet<>();
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			keys.add(matcher.group(1));
		}
		return keys;
	}

	private static Properties load(String resource) throws IOException {
		Properties texts = new Properties();
		try (InputStream stream = RefusalKeysTests.class.getResourceAsStream(resource);
				var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}
}
