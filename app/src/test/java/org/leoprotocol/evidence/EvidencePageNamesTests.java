package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constant the evidence pages name (a kind, a state, a custody event, a link, a trace's match) has its name in
 * both languages, so no page shows a code or a message key in its place.
 */
class EvidencePageNamesTests {

	@Test
	void everyConstantThePagesNameHasItsNameInEnglishAndSpanish() throws IOException {
		Map<String, Enum<?>[]> groups = Map.of("kind", EvidenceKind.values(), "state", ItemState.values(),
				"action", CustodyAction.values(), "link", LinkKind.values(), "trace.match",
				LeakTrace.Match.values(), "notice.linked", LinkKind.values());
		List<String> keys = new ArrayList<>();
		groups.forEach((group, constants) -> {
			for (Enum<?> constant : constants) {
				keys.add("evidence.pages." + group + "." + constant.name());
			}
		});
		for (String bundle : List.of("evidence-pages", "evidence-pages_es")) {
			Properties texts = new Properties();
			try (var reader = new InputStreamReader(
					getClass().getResourceAsStream("/i18n/" + bundle + ".properties"), StandardCharsets.UTF_8)) {
				texts.load(reader);
			}
			assertThat(keys).as(bundle).allMatch(texts::containsKey);
		}
	}
}
