package org.leoprotocol.evidence.export;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why an export failed, kept as a message key with its arguments so that each reader gets the sentence in their own
 * language. It is stored in the export's {@code failure} column as {@code key|argument|argument}; a sentence stored
 * before reasons became keys reads back as its key when Leo wrote it in a known form, else as its verbatim text
 * ({@link #OTHER}). As a {@link MessageSourceResolvable} it renders itself, also inside another message (the refusal to
 * download a failed export).
 */
public record FailureReason(String key, List<String> arguments) implements MessageSourceResolvable {

	/** An unforeseen failure, or a reason from before keys: its text, shown as it is. */
	public static final String OTHER = "evidence.export.failure.other";

	/** The export made no progress for {0} minutes: its node stopped before the copy was ready. */
	public static final String STALLED = "evidence.export.failure.stalled";

	private static final String PREFIX = "evidence.export.failure.";

	private static final String SEPARATOR = "|";

	/** The English sentences Leo stored before reasons became keys, by the key that now says them. */
	private static final Map<String, Pattern> SENTENCES = Map.of(STALLED,
			Pattern.compile("Interrupted: the server producing this copy stopped before it was ready"
					+ " \\(no progress for (\\d+) minutes\\)\\. Start the export again\\."),
			PREFIX + "undecodable", Pattern.compile("The photo cannot be decoded, so no watermarked copy can be made"),
			PREFIX + "no-ffmpeg",
			Pattern.compile(
					"Video exports need ffmpeg, which is not installed at (.+) \\(Debian: apt-get install ffmpeg\\)"),
			PREFIX + "ffmpeg-exit", Pattern.compile("ffmpeg could not re-encode the video \\(exit (-?\\d+)\\)"),
			PREFIX + "interrupted", Pattern.compile("The video export was interrupted"));

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
			return earlier(stored);
		}
		List<String> parts = List.of(stored.split(Pattern.quote(SEPARATOR), -1));
		return new FailureReason(parts.get(0), parts.subList(1, parts.size()));
	}

	/** A sentence stored before keys: its key where Leo wrote it in a known form, else the text as it is. */
	private static FailureReason earlier(String sentence) {
		for (Map.Entry<String, Pattern> known : SENTENCES.entrySet()) {
			Matcher m = known.getValue().matcher(sentence);
			if (m.matches()) {
				return of(known.getKey(),
						(Object[]) (m.groupCount() == 0 ? new String[0] : new String[] { m.group(1) }));
			}
		}
		return new FailureReason(OTHER, List.of(sentence));
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
