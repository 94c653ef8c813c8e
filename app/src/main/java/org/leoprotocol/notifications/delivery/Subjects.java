package org.leoprotocol.notifications.delivery;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * Says a notice's subject in a language. A subject whose sentence cannot take its arguments (a sentence changed after
 * the notice was stored, a number format given text) is said as its key and arguments, so that one unreadable notice
 * never hides the others of an inbox, a mail run or a webhook.
 */
public final class Subjects {

	private Subjects() {
	}

	public static String say(MessageSource texts, String key, List<String> arguments, Locale language) {
		try {
			return texts.getMessage(key, arguments.toArray(), key, language);
		}
		catch (IllegalArgumentException unformattable) {
			return arguments.isEmpty() ? key : key + " " + String.join(", ", arguments);
		}
	}
}
