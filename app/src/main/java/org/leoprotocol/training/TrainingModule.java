package org.leoprotocol.training;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of training on one protocol version: what changed and why, or how a step is done. Every serving officer
 * acknowledges it once. {@code link} points to material elsewhere (a video, the department's learning system).
 */
public record TrainingModule(UUID id, int protocolVersion, String title, String summary, String content, String link,
		String createdBy, Instant createdAt) {
}
