package org.leoprotocol.investigations;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.Role;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constant the investigation pages name (a status, a case type, a category, a finding, a vote) has its name in
 * both languages: the pages look it up with no fallback, so a constant added without its name would fail the page.
 */
class InvestigationPageNamesTests {

	@Test
	void everyConstantThePagesNameHasItsNameInEnglishAndSpanish() throws IOException {
		Map<String, Enum<?>[]> groups = Map.of("status", InvestigationStatus.values(), "type", CaseType.values(),
				"category", Category.values(), "finding", Finding.values(), "stage", FindingStage.values(), "entry",
				CaseEntry.Kind.values(), "action", PersonnelAction.values(), "purpose", Hearing.Purpose.values(),
				"role", Role.values());
		List<String> keys = new ArrayList<>();
		groups.forEach((group, constants) -> {
			for (Enum<?> constant : constants) {
				keys.add("investigations.pages." + group + "." + constant.name());
			}
		});
		for (Hearing.Purpose purpose : Hearing.Purpose.values()) {
			purpose.choices().forEach(choice -> keys.add("investigations.pages.action." + choice));
		}
		for (String bundle : List.of("investigations-pages", "investigations-pages_es")) {
			Properties texts = new Properties();
			try (var reader = new InputStreamReader(
					getClass().getResourceAsStream("/i18n/" + bundle + ".properties"), StandardCharsets.UTF_8)) {
				texts.load(reader);
			}
			assertThat(keys).as(bundle).allMatch(texts::containsKey);
		}
	}
}
