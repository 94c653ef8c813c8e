package org.leoprotocol.shared.phrase;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.Phrase;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sentence is said in the reader's language, its words and sentences too; stored as one line, every form an export's
 * failure or a flag's reason was ever written in reads back under the one reader.
 */
class SentenceTests {

	@Test
	void anArgumentHoldingABarABackslashOrALineBreakSurvivesTheRoundTrip() {
		Sentence sentence = Sentence.ofText("ew.reason.protocol.many", 2, 12, "a|b \\ c\nnext", "");

		assertThat(sentence.stored()).isEqualTo("ew.reason.protocol.many|2|12|a\\|b \\\\ c\\nnext|");
		assertThat(Sentence.read(sentence.stored())).isEqualTo(sentence);
	}

	@Test
	void aStoredFlagReasonReadsBackWithItsEscapedArguments() {
		assertThat(Sentence.read("ew.reason.protocol.one|use of force \\| no report \\\\ late\\nagain"))
			.isEqualTo(new Sentence("ew.reason.protocol.one", List.of("use of force | no report \\ late\nagain")));
	}

	@Test
	void aStoredFailureReasonFromBeforeEscapingReadsBackAsItWasWritten() {
		// the former writer put / for | and left backslashes and line breaks as they were
		String stored = "evidence.export.failure.other|copy a/b failed at D:\\exports\\x\r\nsecond line\\";

		assertThat(Sentence.read(stored)).isEqualTo(new Sentence("evidence.export.failure.other",
				List.of("copy a/b failed at D:\\exports\\x\r\nsecond line\\")));
		assertThat(Sentence.read("evidence.export.failure.interrupted"))
			.isEqualTo(new Sentence("evidence.export.failure.interrupted", List.of()));
	}

	@Test
	void aStoredSentenceIsSaidInTheReadersLanguage() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("export.failed", Locale.ENGLISH, "Failed after {0} minutes");
		messages.addMessage("export.failed", Locale.forLanguageTag("es"), "Falló tras {0} minutos");
		Sentence sentence = Sentence.read(Sentence.of("export.failed", 10).stored());

		assertThat(messages.getMessage(sentence, Locale.ENGLISH)).isEqualTo("Failed after 10 minutes");
		assertThat(messages.getMessage(sentence, Locale.forLanguageTag("es"))).isEqualTo("Falló tras 10 minutos");
		assertThat(new StaticMessageSource().getMessage(sentence, Locale.ENGLISH)).isEqualTo("export.failed|10");
	}

	@Test
	void aWordOrASentenceInsideIsSaidInTheReadersLanguageButStoredAsText() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("import.problem", Locale.ENGLISH, "{0}: {1}");
		messages.addMessage("import.problem", Locale.forLanguageTag("es"), "{0}: {1}");
		messages.addMessage("import.where", Locale.ENGLISH, "line {0}");
		messages.addMessage("import.where", Locale.forLanguageTag("es"), "línea {0}");
		messages.addMessage("word.CLOSED", Locale.ENGLISH, "closed");
		messages.addMessage("word.CLOSED", Locale.forLanguageTag("es"), "cerrado");
		Sentence problem = Sentence.of("import.problem", Sentence.of("import.where", "1200"),
				new Phrase("word.CLOSED"));

		assertThat(messages.getMessage(problem, Locale.ENGLISH)).isEqualTo("line 1200: closed");
		assertThat(messages.getMessage(problem, Locale.forLanguageTag("es"))).isEqualTo("línea 1200: cerrado");
		assertThat(Sentence.read(problem.stored()).arguments()).containsExactly("import.where [1200]", "word.CLOSED");
	}

	@Test
	void aMissingArgumentIsSaidAsNothing() {
		assertThat(Sentence.of("k", "a", null).arguments()).containsExactly("a", "");
		assertThat(Sentence.ofText("k", 3, null).stored()).isEqualTo("k|3|");
	}
}
