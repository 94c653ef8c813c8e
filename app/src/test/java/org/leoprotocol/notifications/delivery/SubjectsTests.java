package org.leoprotocol.notifications.delivery;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.leoprotocol.notifications.Notice;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject is said in the reader's language (translated arguments too), and one that cannot be formatted is said
 * plainly instead of failing.
 */
class SubjectsTests {

	static final Locale SPANISH = Locale.forLanguageTag("es");

	private final StaticMessageSource texts = new StaticMessageSource();

	SubjectsTests() {
		texts.setAlwaysUseMessageFormat(true);
		texts.addMessage("test.days", Locale.ENGLISH, "{0} days left");
		texts.addMessage("test.number", Locale.ENGLISH, "{0,number,integer} days left");
		texts.addMessage("test.late", Locale.ENGLISH, "\"{0}\" is late on a {1} incident");
		texts.addMessage("test.late", SPANISH, "\"{0}\" va con retraso en un incidente de {1}");
		texts.addMessage("test.step.ENGAGE_PERSON", Locale.ENGLISH, "Engage the person");
		texts.addMessage("test.step.ENGAGE_PERSON", SPANISH, "Atender a la persona");
		texts.addMessage("test.kind.FOUND_CHILD", Locale.ENGLISH, "Found child");
		texts.addMessage("test.kind.FOUND_CHILD", SPANISH, "niño encontrado");
	}

	@Test
	void aTranslatedArgumentIsSaidInTheReadersLanguage() {
		List<String> arguments = List.of(Notice.translated("test.step.ENGAGE_PERSON", "Engage the person"),
				Notice.translated("test.kind.FOUND_CHILD", "Found child"));

		assertThat(Subjects.say(texts, "test.late", arguments, SPANISH))
			.isEqualTo("\"Atender a la persona\" va con retraso en un incidente de niño encontrado");
		assertThat(Subjects.say(texts, "test.late", arguments, Locale.ENGLISH))
			.isEqualTo("\"Engage the person\" is late on a Found child incident");
	}

	@Test
	void aTitleTheAgencyWroteItselfIsSaidAsWritten() {
		List<String> arguments = List.of(Notice.translated("test.step.ENGAGE_PERSON", "Kneel and greet the child"),
				Notice.translated("test.kind.UNKNOWN", "Lost pet"));

		assertThat(Subjects.say(texts, "test.late", arguments, SPANISH))
			.isEqualTo("\"Kneel and greet the child\" va con retraso en un incidente de Lost pet");
	}

	@Test
	void aSubjectIsSaidWithItsArguments() {
		assertThat(Subjects.say(texts, "test.days", List.of("7"), Locale.ENGLISH)).isEqualTo("7 days left");
	}

	@Test
	void aSubjectThatCannotTakeItsArgumentsIsSaidAsKeyAndArguments() {
		assertThat(Subjects.say(texts, "test.number", List.of("seven"), Locale.ENGLISH)).isEqualTo("test.number seven");
	}

	@Test
	void anUnknownKeyIsSaidAsItself() {
		assertThat(Subjects.say(texts, "test.unknown", List.of(), Locale.ENGLISH)).isEqualTo("test.unknown");
	}
}
