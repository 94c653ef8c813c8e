package org.leoprotocol.shared.web;

import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.phrase.Sentence;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.support.StaticMessageSource;
import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class RefusalsTests {

	private static final Locale SPANISH = Locale.forLanguageTag("es");

	private final Refusals refusals = new Refusals(messages(), null);

	@Test
	void eachKindHasItsStatus() {
		assertThat(new UnknownRecord("incident.unknown").status()).isEqualTo(404);
		assertThat(new InvalidInput("incident.unknown").status()).isEqualTo(400);
		assertThat(new WrongState("incident.closed", "26-0042").status()).isEqualTo(409);
		assertThat(new NotPermitted("incident.unknown").status()).isEqualTo(403);
	}

	@Test
	void aProblemSaysTheRefusalInTheReadersLanguageWithItsKey() {
		Refusal closed = new WrongState("incident.closed", "26-0042");

		ProblemDetail english = refusals.problem(closed, Locale.ENGLISH);
		ProblemDetail spanish = refusals.problem(closed, SPANISH);

		assertThat(english.getStatus()).isEqualTo(409);
		assertThat(english.getDetail()).isEqualTo("Incident 26-0042 is closed.");
		assertThat(spanish.getDetail()).isEqualTo("El incidente 26-0042 está cerrado.");
		assertThat(english.getProperties()).containsEntry("messageKey", "incident.closed");
	}

	@Test
	void aWordOfLeosVocabularyInsideTheSentenceIsSaidInTheReadersLanguageToo() {
		Refusal terminated = new WrongState("officer.final", "Dale Hart", new Phrase("word.TERMINATED"));

		assertThat(refusals.said(terminated, Locale.ENGLISH)).isEqualTo("Dale Hart is terminated.");
		assertThat(refusals.said(terminated, SPANISH)).isEqualTo("Dale Hart está despedido.");
		assertThat(terminated.getMessage()).isEqualTo("officer.final [Dale Hart, word.TERMINATED]");
	}

	@Test
	void theLogMessageIsTheKeyAndArgumentsNeverASentence() {
		assertThat(new WrongState("incident.closed", "26-0042").getMessage()).isEqualTo("incident.closed [26-0042]");
	}

	@Test
	void aRefusalThatListsItsProblemsAddsThemToTheProblemEachInTheReadersLanguage() {
		Refusal listed = new Listed(List.of(Sentence.of("incident.closed", "26-0042"),
				Sentence.of("officer.final", "Dale Hart", new Phrase("word.TERMINATED"))));

		ProblemDetail spanish = refusals.problem(listed, SPANISH);

		assertThat(spanish.getStatus()).isEqualTo(422);
		assertThat(spanish.getTitle()).isEqualTo("Nada se guardó");
		assertThat(spanish.getProperties()).containsEntry("problems",
				List.of("El incidente 26-0042 está cerrado.", "Dale Hart está despedido."));
		assertThat(refusals.problems(new WrongState("incident.closed", "26-0042"), SPANISH)).isEmpty();
	}

	private static final class Listed extends InvalidInput implements ListedProblems {

		private static final long serialVersionUID = 1L;

		private final transient List<Sentence> problems;

		Listed(List<Sentence> problems) {
			super("incident.closed", "26-0042");
			this.problems = problems;
		}

		@Override
		public int status() {
			return 422;
		}

		@Override
		public String titleKey() {
			return "listed.title";
		}

		@Override
		public List<Sentence> problems() {
			return problems;
		}
	}

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("incident.closed", Locale.ENGLISH, "Incident {0} is closed.");
		messages.addMessage("incident.closed", SPANISH, "El incidente {0} está cerrado.");
		messages.addMessage("officer.final", Locale.ENGLISH, "{0} is {1}.");
		messages.addMessage("officer.final", SPANISH, "{0} está {1}.");
		messages.addMessage("word.TERMINATED", Locale.ENGLISH, "terminated");
		messages.addMessage("word.TERMINATED", SPANISH, "despedido");
		messages.addMessage("listed.title", SPANISH, "Nada se guardó");
		return messages;
	}
}
