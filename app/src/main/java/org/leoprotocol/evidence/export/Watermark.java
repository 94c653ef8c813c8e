package org.leoprotocol.evidence.export;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an export carries to say whose copy it is: the export's short code, the recipient and the time, burned in
 * visibly. The code is ten Crockford Base32 characters (50 random bits), easy to read off a screen and type: letters
 * that look alike (I, L, O, U) are never used, and are read as 1, 1, 0, V.
 */
public record Watermark(String code, String recipient, Instant at) {

	static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
	static final int CODE_LENGTH = 10;
	static final Pattern IN_TEXT = Pattern.compile("LEO-([0-9A-HJKMNP-TV-Z]{10})");
	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	public static String newCode() {
		StringBuilder code = new StringBuilder(CODE_LENGTH);
		for (int i = 0; i < CODE_LENGTH; i++) {
			code.append(ALPHABET.charAt(RANDOM.nextInt(32)));
		}
		return code.toString();
	}

	/** A code as a person typed it: case, spaces, dashes and look-alike letters forgiven. */
	public static Optional<String> normalize(String typed) {
		if (typed == null) {
			return Optional.empty();
		}
		String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replaceFirst("^LEO", "")
			.replace('I', '1').replace('L', '1').replace('O', '0').replace('U', 'V');
		return code.length() == CODE_LENGTH && code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0) ? Optional.of(code)
				: Optional.empty();
	}

	/** The first export code written in a text, e.g. the watermark line of an export. */
	static Optional<String> findIn(String text) {
		Matcher matcher = IN_TEXT.matcher(text);
		return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
	}

	/** The visible line: "LEO-7K2M9QH4TD · Copy for Daily Courier · 2026-11-22 14:03 UTC". */
	public String text() {
		return "LEO-" + code + " \u00b7 Copy for " + recipient + " \u00b7 " + WHEN.format(at);
	}

	/** The same line in plain ASCII, for fonts without the middle dot. */
	public String asciiText() {
		return ("LEO-" + code + " - Copy for " + recipient + " - " + WHEN.format(at)).replaceAll("[^\\x20-\\x7E]", "?");
	}
}
