package org.leoprotocol.notifications.delivery;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leoprotocol.notifications.Notice;

import org.springframework.context.MessageSource;

/**
 * Says a notice's subject in a language. A subject whose sentence cannot take its arguments (a sentence changed after
 * the notice was stored, a number format given text) is said as its key and arguments, so that one unreadable notice
 * never hides the others of an inbox, a mail run or a webhook. Arguments made with {@link Notice#translated} are said
 * in the language too.
 */
public final class Subjects {

	private static final Pattern TRANSLATED = Pattern.compile("\\{(" + Notice.TRANSLATABLE_KEY + ")\\|(.*)\\}",
			Pattern.DOTALL);

	private Subjects() {
	}

	public static String say(MessageSource texts, String key, List<String> arguments, Locale language) {
		try {
			return texts.getMessage(key,
					arguments.stream().map(argument -> argument(texts, argument, language)).toArray(), key, language);
		}
		catch (IllegalArgumentException unformattable) {
			return arguments.isEmpty() ? key : key + " " + String.join(", ", arguments);
		}
	}

	/**
	 * An argument as the reader reads it: a {@link Notice#translated} one in their language when its text is still the
	 * message's English text, else as written; any other argument as it is.
	 */
	static String argument(MessageSource texts, String argument, Locale language) {
		Matcher translated = TRANSLATED.matcher(argument == null ? "" : argument);
		if (!translated.matches()) {
			return argument;
		}
		String key = translated.group(1);
		String text = translated.group(2);
		String english = texts.getMessage(key, null, null, Locale.ENGLISH);
		return text.equals(english) ? texts.getMessage(key, null, text, language) : text;
	}
}
