package org.leoprotocol.training;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;

/**
 * A piece of training on one protocol version: what changed and why, or how a step is done. Every serving officer
 * acknowledges it once. {@code link} points to material elsewhere (a video, the department's learning system).
 *
 * <p>
 * Leo itself adds one module for each protocol version published ({@link #LEO} created it): its {@code title} is the
 * version's name as its author wrote it and its {@code summary} the version's notes, blank when it has none; the page
 * says "Leo's Protocol version 3: …" around them in the reader's language ({@link #heading()}, {@link #about()}).
 */
public record TrainingModule(UUID id, int protocolVersion, String title, String summary, String content, String link,
		String createdBy, Instant createdAt) {

	/** Who creates the module asking every officer to acknowledge a newly published protocol version. */
	public static final String LEO = "leo";

	/** Whether Leo added the module for a newly published protocol version. */
	public boolean asksForAProtocolVersion() {
		return LEO.equals(createdBy);
	}

	/** The module's title as a reader reads it: Leo's own modules name their protocol version. */
	public Sentence heading() {
		return asksForAProtocolVersion()
				? Sentence.of("training.module.protocol", String.valueOf(protocolVersion), title)
				: Sentence.of("training.module.typed", title);
	}

	/** What the module is about as a reader reads it; Leo's module for a version without notes says what it is. */
	public Sentence about() {
		return asksForAProtocolVersion() && summary.isBlank() ? Sentence.of("training.module.protocol.about")
				: Sentence.of("training.module.typed", summary);
	}
}
