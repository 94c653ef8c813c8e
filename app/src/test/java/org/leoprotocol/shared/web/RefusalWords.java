package org.leoprotocol.shared.web;

import java.util.Locale;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A refusal's problems as a reader of a given language reads them, from the refusals bundle alone, for tests that need
 * no application context.
 */
public final class RefusalWords {

	private static final ResourceBundleMessageSource MESSAGES = new ResourceBundleMessageSource();

	static {
		MESSAGES.setBasenames("i18n/refusals", "messages");
		MESSAGES.setDefaultEncoding("UTF-8");
		MESSAGES.setAlwaysUseMessageFormat(true);
		MESSAGES.setFallbackToSystemLocale(false);
	}

	private RefusalWords() {
	}

	/** The sentence as an English reader reads it. */
	public static String english(MessageSourceResolvable sentence) {
		return MESSAGES.getMessage(sentence, Locale.ENGLISH);
	}
}
