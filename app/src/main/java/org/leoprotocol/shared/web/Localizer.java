package org.leoprotocol.shared.web;

import java.util.Locale;

import gg.jte.support.LocalizationSupport;

import org.springframework.context.MessageSource;

/**
 * The texts of the page in the visitor's language, from the message bundles ({@code messages.properties},
 * {@code messages_es.properties}); no page text is written into a template.
 */
public final class Localizer implements LocalizationSupport {

	private final MessageSource messages;
	private final Locale locale;

	Localizer(MessageSource messages, Locale locale) {
		this.messages = messages;
		this.locale = locale;
	}

	@Override
	public String lookup(String key) {
		return messages.getMessage(key, null, key, locale);
	}

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, locale);
	}

	public Locale locale() {
		return locale;
	}
}
