package org.leoprotocol.training;

import java.time.Instant;

/** A module as one officer sees it: when they acknowledged it, or {@code null} while they have not. */
public record OfficerTraining(TrainingModule module, Instant acknowledgedAt) {

	public boolean acknowledged() {
		return acknowledgedAt != null;
	}
}
