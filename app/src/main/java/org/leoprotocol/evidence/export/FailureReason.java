package org.leoprotocol.evidence.export;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why an export failed, kept as a message key with its arguments so that each reader gets the sentence in their own
 * language. It is stored in the export's {@code failure} column as {@code key|argument|argument}; a reason stored
 * before reasons became keys reads back as its verbatim text ({@link #OTHER}). As a {@link MessageSourceResolvable} it
 * renders itself, also inside another message (the refusal to download a failed export).
 */
public record FailureReason(String key, List<String> arguments) implements MessageSourceResolvable {

	/** An unforeseen failure, or a reason from before keys: its text, shown as it is. */
	public static final String OTHER = "evidence.export.failure.other";

	/** The export made no progress for {0} minutes: its node stopped before the copy was ready. */
	public static final String STALLED = "evidence.export.failure.stalled";

	private static final String PREFIX = "evidence.export.failure.";

	private static final String SEPARATOR = "|";

	public FailureReason {
		arguments = List.copyOf(arguments);
	}

	public static FailureReason of(String key, Object... arguments) {
		return new FailureReason(key,
				Arrays.stream(arguments).map(a -> String.valueOf(a).replace(SEPARATOR, "/")).toList());
	}

	/** The reason as the {@code failure} column keeps it. */
	public String stored() {
		return arguments.isEmpty() ? key : key + SEPARATOR + String.join(SEPARATOR, arguments);
	}

	/** The reason a {@code failure} column holds; none for none. */
	public static FailureReason read(String stored) {
		if (stored == null) {
			return null;
		}
		if (!stored.startsWith(PREFIX)) {
			return new FailureReason(OTHER, List.of(stored));
		}
		List<String> parts = List.of(stored.split(Pattern.quote(SEPARATOR), -1));
		return new FailureReason(parts.get(0), parts.subList(1, parts.size()));
	}

	@Override
	public String[] getCodes() {
		return new String[] { key };
	}

	@Override
	public Object[] getArguments() {
		return arguments.toArray();
	}

	@Override
	public String getDefaultMessage() {
		return arguments.isEmpty() ? key : String.join(" ", arguments);
	}
}
