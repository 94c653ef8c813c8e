package org.leoprotocol.notifications;

import java.util.List;

/**
 * One thing to tell one person. {@code cause} is a stable key of what caused it (for example
 * {@code escalation:<incident>:<step>:<level>}): the desk sends each cause to each recipient once, however often it is
 * asked. The subject is a message key with its arguments, rendered in the recipient's language; {@code link} is the
 * staff page to open. A notice that is not {@code muteable} reaches every channel whatever the recipient chose. An
 * argument made with {@link #translated} (a protocol step's title, a kind of incident) is said in the reader's language
 * too.
 */
public record Notice(Recipient recipient, NoticeKind kind, String cause, String subjectKey, List<String> arguments,
		String link, boolean muteable) {

	public Notice {
		if (recipient == null || kind == null || cause == null || cause.isBlank() || subjectKey == null) {
			throw new IllegalArgumentException("A notice needs a recipient, a kind, a cause and a subject");
		}
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}

	/**
	 * An argument said in the reader's language: the message {@code key} where its English text is {@code text}, and
	 * {@code text} itself otherwise (a title an agency wrote for its own protocol version is said as it wrote it).
	 */
	public static String translated(String key, String text) {
		if (key == null || !key.matches(TRANSLATABLE_KEY)) {
			throw new IllegalArgumentException("A translated argument needs a message key, not '" + key + "'");
		}
		return "{" + key + "|" + (text == null ? "" : text) + "}";
	}

	/** The message keys a {@link #translated} argument may name. */
	public static final String TRANSLATABLE_KEY = "[A-Za-z0-9_.-]+";
}
