package org.leoprotocol.notifications;

import java.util.List;

/**
 * One thing to tell one person. {@code cause} is a stable key of what caused it (for example
 * {@code escalation:<incident>:<step>:<level>}): the desk sends each cause to each recipient once, however often it
 * is asked. The subject is a message key with its arguments, rendered in the recipient's language; {@code link} is
 * the staff page to open. A notice that is not {@code muteable} reaches every channel whatever the recipient chose.
 */
public record Notice(Recipient recipient, NoticeKind kind, String cause, String subjectKey, List<String> arguments,
		String link, boolean muteable) {

	public Notice {
		if (recipient == null || kind == null || cause == null || cause.isBlank() || subjectKey == null) {
			throw new IllegalArgumentException("A notice needs a recipient, a kind, a cause and a subject");
		}
		arguments = arguments == null ? List.of() : List.copyOf(arguments);
	}
}
