package org.leoprotocol.notifications.delivery;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** A subject is said in the reader's language, and one that cannot be formatted is said plainly instead of failing. */
class SubjectsTests {

	private final StaticMessageSource texts = new StaticMessageSource();

	SubjectsTests() {
		texts.setAlwaysUseMessageFormat(true);
		texts.addMessage("test.days", Locale.ENGLISH, "{0} days left");
		texts.addMessage("test.number", Locale.ENGLISH, "{0,number,integer} days left");
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
