package org.leoprotocol.shared.phrase;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One stored line per phrase: every form an export's failure or a flag's reason was ever written in reads back under
 * the one reader.
 */
class StoredPhraseTests {

	@Test
	void anArgumentHoldingABarABackslashOrALineBreakSurvivesTheRoundTrip() {
		StoredPhrase phrase = StoredPhrase.of("ew.reason.protocol.many", 2, 12, "a|b \\ c\nnext", "");

		assertThat(phrase.stored()).isEqualTo("ew.reason.protocol.many|2|12|a\\|b \\\\ c\\nnext|");
		assertThat(StoredPhrase.read(phrase.stored())).isEqualTo(phrase);
	}

	@Test
	void aStoredFlagReasonReadsBackWithItsEscapedArguments() {
		assertThat(StoredPhrase.read("ew.reason.protocol.one|use of force \\| no report \\\\ late\\nagain"))
			.isEqualTo(new StoredPhrase("ew.reason.protocol.one", List.of("use of force | no report \\ late\nagain")));
	}

	@Test
	void aStoredFailureReasonFromBeforeEscapingReadsBackAsItWasWritten() {
		// the former writer put / for | and left backslashes and line breaks as they were
		String stored = "evidence.export.failure.other|copy a/b failed at D:\\exports\\x\r\nsecond line\\";

		assertThat(StoredPhrase.read(stored)).isEqualTo(new StoredPhrase("evidence.export.failure.other",
				List.of("copy a/b failed at D:\\exports\\x\r\nsecond line\\")));
		assertThat(StoredPhrase.read("evidence.export.failure.interrupted"))
			.isEqualTo(new StoredPhrase("evidence.export.failure.interrupted", List.of()));
	}

	@Test
	void aPhraseIsSaidInTheReadersLanguage() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("export.failed", Locale.ENGLISH, "Failed after {0} minutes");
		messages.addMessage("export.failed", Locale.forLanguageTag("es"), "Falló tras {0} minutos");
		StoredPhrase phrase = StoredPhrase.read(StoredPhrase.of("export.failed", 10).stored());

		assertThat(messages.getMessage(phrase, Locale.ENGLISH)).isEqualTo("Failed after 10 minutes");
		assertThat(messages.getMessage(phrase, Locale.forLanguageTag("es"))).isEqualTo("Falló tras 10 minutos");
		assertThat(new StaticMessageSource().getMessage(phrase, Locale.ENGLISH)).isEqualTo("export.failed|10");
	}
}
