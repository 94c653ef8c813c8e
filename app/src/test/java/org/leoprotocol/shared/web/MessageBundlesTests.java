package org.leoprotocol.shared.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text exists in both languages, so no Spanish page falls back to English halfway down; and no key is defined in
 * two bundles, where one would silently win.
 */
class MessageBundlesTests {

	static List<String> bundles() throws IOException {
		Properties settings = load("/application.properties");
		return List.of(settings.getProperty("spring.messages.basename").split(","));
	}

	@ParameterizedTest
	@MethodSource("bundles")
	void englishAndSpanishHaveTheSameKeys(String bundle) throws IOException {
		Properties english = load("/" + bundle.trim() + ".properties");
		Properties spanish = load("/" + bundle.trim() + "_es.properties");

		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(spanish.stringPropertyNames()).allMatch(key -> !spanish.getProperty(key).isBlank());
	}

	@org.junit.jupiter.api.Test
	void noKeyIsDefinedInTwoBundles() throws IOException {
		Set<String> seen = new HashSet<>();
		for (String bundle : bundles()) {
			for (String key : load("/" + bundle.trim() + ".properties").stringPropertyNames()) {
				assertThat(seen.add(key)).as("key %s is defined twice (again in %s)", key, bundle).isTrue();
			}
		}
	}

	private static Properties load(String resource) throws IOException {
		Properties texts = new Properties();
		InputStream stream = MessageBundlesTests.class.getResourceAsStream(resource);
		assertThat(stream).as("bundle %s", resource).isNotNull();
		try (var reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}
}
