package org.leoprotocol.investigations;

import org.leoprotocol.shared.web.Explained;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The sentences and names the investigation pages build (a case's status, an allegation's category, a notice after a
 * step), in the language of the request being answered, from the {@code i18n/investigations-pages} bundle.
 */
@Component
public class InvestigationTexts {

	private final MessageSource messages;

	InvestigationTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** A refused step's sentence in the reader's language; a refusal of the domain is said from its message key. */
	public String said(RuntimeException refused) {
		return refused instanceof Explained explained
				? messages.getMessage(explained.messageKey(), explained.messageArguments(), refused.getMessage(),
						LocaleContextHolder.getLocale())
				: refused.getMessage();
	}

	/** A sentence kept as a message key with its arguments, e.g. a recusal's reason, in the reader's language. */
	public String said(MessageSourceResolvable sentence) {
		return messages.getMessage(sentence, LocaleContextHolder.getLocale());
	}

	/** The reader's name of an enum constant of the pages, e.g. {@code status.IN_REVIEW} → "In review". */
	public String name(String group, Enum<?> constant) {
		return text("investigations.pages." + group + "." + constant.name());
	}
}
