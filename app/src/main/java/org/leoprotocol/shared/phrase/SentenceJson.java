package org.leoprotocol.shared.phrase;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A {@link Sentence} in the API is said in the language of the request ({@code Accept-Language}), as text: an import's
 * row error reads in Spanish for a Spanish client, in English otherwise.
 */
@JacksonComponent
class SentenceJson extends ValueSerializer<Sentence> {

	private final MessageSource messages;

	SentenceJson(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void serialize(Sentence sentence, JsonGenerator json, SerializationContext context) {
		json.writeString(messages.getMessage(sentence, LocaleContextHolder.getLocale()));
	}
}
