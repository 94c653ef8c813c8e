package org.leoprotocol.earlywarning.model;

import java.util.UUID;

/** One officer's score and, for the learned model, the rows needed to explain it. */
public record ScoredOfficer(UUID officerId, String externalId, String name, double score) {
}
