package org.leoprotocol.notifications.preferences;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mail and webhook notices are written in the language a staff member chose, else in the agency's. */
class PreferencesTests {

	static final UUID CHOSE_ENGLISH = UUID.randomUUID();
	static final UUID CHOSE_NOTHING = UUID.randomUUID();

	@Test
	void staffWhoChoseNoLanguageReadTheAgencysAndAChoiceWins() {
		Preferences spanishAgency = new Preferences(chosen(Map.of(CHOSE_ENGLISH, Locale.ENGLISH)), null, "es");

		assertThat(spanishAgency.language(CHOSE_NOTHING).getLanguage()).isEqualTo("es");
		assertThat(spanishAgency.language(CHOSE_ENGLISH).getLanguage()).isEqualTo("en");
		assertThat(spanishAgency.language(null).getLanguage()).as("an officer without an account").isEqualTo("es");
	}

	@Test
	void theAgencysLanguageIsEnglishUnlessSet() {
		assertThat(new Preferences(chosen(Map.of()), null, "en").language(CHOSE_NOTHING)).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void anAgencyLanguageLeoDoesNotSpeakStopsItAtStartup() {
		assertThatThrownBy(() -> new Preferences(chosen(Map.of()), null, "fr"))
			.hasMessageContaining("leo.agency.language");
	}

	private static Choices chosen(Map<UUID, Locale> languages) {
		return new Choices(null) {

			@Override
			Optional<Locale> language(UUID accountId) {
				return Optional.ofNullable(languages.get(accountId));
			}
		};
	}
}
