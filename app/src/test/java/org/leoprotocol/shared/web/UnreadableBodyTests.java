package org.leoprotocol.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A body no API could read is a refusal like any other (400, a key, the parser's words as its argument, a type named by
 * its simple name); a form with fields to change is answered 422.
 */
class UnreadableBodyTests {

	@Test
	void theParsersFirstLineIsTheArgumentWithoutWhereATypeLives() {
		var parser = new IllegalArgumentException(
				"Cannot deserialize value of type `org.leoprotocol.protocol.Kind` from String \"LOST_CAT\": not one of"
						+ " [FOUND_CHILD]\n at [Source: REDACTED; line: 1, column: 9]");
		UnreadableBody refused = UnreadableBody.of(unreadable(parser));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.messageKey()).isEqualTo("input.body.unreadable.detail");
		assertThat(refused.messageArguments()).containsExactly(
				"Cannot deserialize value of type `Kind` from String \"LOST_CAT\": not one of [FOUND_CHILD]");
	}

	@Test
	void aBodyWithoutAnAccountIsRefusedWithoutOne() {
		UnreadableBody refused = UnreadableBody.of(unreadable(new IllegalArgumentException(" ")));

		assertThat(refused.messageKey()).isEqualTo("input.body.unreadable");
		assertThat(refused.messageArguments()).isEmpty();
	}

	@Test
	void aLongAccountIsCut() {
		UnreadableBody refused = UnreadableBody.of(unreadable(new IllegalArgumentException("x".repeat(1000))));

		assertThat((String) refused.messageArguments()[0]).hasSize(UnreadableBody.MAX_DETAIL + 1).endsWith("…");
	}

	@Test
	void aFormWithFieldsToChangeIsUnprocessable() {
		FieldsRefused refused = new FieldsRefused(List.of("title", "startsAt"));

		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.messageKey()).isEqualTo("input.fields.refused");
		assertThat(said(refused, Locale.ENGLISH)).isEqualTo("These fields need changes: title, start");
		assertThat(said(refused, Locale.forLanguageTag("es")))
			.isEqualTo("Estos campos necesitan cambios: título, inicio");
		assertThat(refused.fields()).containsExactly("title", "startsAt");
	}

	/** The refusal as a reader of the locale reads it, each field named as a word of that language. */
	private static String said(FieldsRefused refused, Locale locale) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasenames("i18n/refusals", "messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages.getMessage(refused.messageKey(), refused.messageArguments(), locale);
	}

	private static HttpMessageNotReadableException unreadable(Throwable cause) {
		return new HttpMessageNotReadableException("Failed to read request", cause,
				new MockHttpInputMessage(new byte[0]));
	}
}
