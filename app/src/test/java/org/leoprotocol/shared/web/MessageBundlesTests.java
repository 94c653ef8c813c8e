package org.leoprotocol.shared.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every text exists in both languages, so no Spanish page falls back to English halfway down. */
class MessageBundlesTests {

	@Test
	void englishAndSpanishHaveTheSameKeys() throws IOException {
		Properties english = load("/messages.properties");
		Properties spanish = load("/messages_es.properties");

		assertThat(spanish.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
		assertThat(spanish.stringPropertyNames()).allMatch(key -> !spanish.getProperty(key).isBlank());
	}

	private static Properties load(String resource) throws IOException {
		Properties texts = new Properties();
		try (var reader = new InputStreamReader(MessageBundlesTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
			texts.load(reader);
		}
		return texts;
	}
}
