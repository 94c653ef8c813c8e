package org.leoprotocol.investigations;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Removes personal data from text that is published, such as hearing minutes: every name the case file knows
 * (witnesses, complainants, attendees, officers), email addresses and phone numbers. Names are replaced whole and
 * case-insensitively, longest first, so that "Eleanor Vance" is removed before "Vance" would be.
 */
final class Redaction {

	static final String MARK = "[redacted]";
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[A-Za-z]{2,}");
	private static final Pattern PHONE = Pattern.compile("\\+?\\d[\\d ()./-]{6,}\\d");

	private Redaction() {
	}

	static String redact(String text, List<String> names) {
		if (text == null) {
			return null;
		}
		String redacted = PHONE.matcher(EMAIL.matcher(text).replaceAll(MARK)).replaceAll(MARK);
		List<String> sorted = names.stream().filter(Objects::nonNull).map(String::strip).filter(name -> name.length() > 1)
			.flatMap(name -> java.util.stream.Stream.concat(java.util.stream.Stream.of(name), java.util.Arrays.stream(name.split("\\s+")).filter(part -> part.length() > 2)))
			.distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
		for (String name : sorted) {
			redacted = Pattern.compile("\\b" + Pattern.quote(name) + "\\b", Pattern.CASE_INSENSITIVE).matcher(redacted).replaceAll(MARK);
		}
		return redacted;
	}
}
