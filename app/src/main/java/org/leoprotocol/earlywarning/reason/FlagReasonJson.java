package org.leoprotocol.earlywarning.reason;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

import org.springframework.boot.jackson.JacksonComponent;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A reason in the API is the sentence in the language of the request ({@code Accept-Language}); its key and arguments
 * travel beside it as the flag's {@code reasonKeys}.
 */
@JacksonComponent
class FlagReasonJson extends ValueSerializer<FlagReason> {

	private final MessageSource messages;

	FlagReasonJson(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public void serialize(FlagReason reason, JsonGenerator json, SerializationContext context) {
		json.writeString(messages.getMessage(reason, LocaleContextHolder.getLocale()));
	}
}
