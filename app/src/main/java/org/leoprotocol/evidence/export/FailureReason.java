package org.leoprotocol.evidence.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * Why an export failed: a {@link Sentence} under {@code evidence.export.failure.}, kept in the export's {@code failure}
 * column, so that each reader gets the sentence in their own language, also inside another message (the refusal to
 * download a failed export). A sentence stored before reasons became keys reads back as its key when Leo wrote it in a
 * known form, else as its verbatim text ({@link #OTHER}). Lines stored before arguments were escaped (a {@code |}
 * inside an argument was written {@code /}) read back as they were written.
 */
public final class FailureReason {

	/** An unforeseen failure, or a reason from before keys: its text, shown as it is. */
	public static final String OTHER = "evidence.export.failure.other";

	/** The export made no progress for {0} minutes: its node stopped before the copy was ready. */
	public static final String STALLED = "evidence.export.failure.stalled";

	private static final String PREFIX = "evidence.export.failure.";

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

	private FailureReason() {
	}

	/** The reason a {@code failure} column holds; none for none. */
	public static Sentence read(String stored) {
		if (stored == null) {
			return null;
		}
		return stored.startsWith(PREFIX) ? Sentence.read(stored) : earlier(stored);
	}

	/** A sentence stored before keys: its key where Leo wrote it in a known form, else the text as it is. */
	private static Sentence earlier(String sentence) {
		for (Map.Entry<String, Pattern> known : SENTENCES.entrySet()) {
			Matcher m = known.getValue().matcher(sentence);
			if (m.matches()) {
				return new Sentence(known.getKey(), m.groupCount() == 0 ? List.of() : List.of(m.group(1)));
			}
		}
		return new Sentence(OTHER, List.of(sentence));
	}
}
