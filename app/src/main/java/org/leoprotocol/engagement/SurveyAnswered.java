package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.UUID;

/** Someone answered a survey. Carries the ratings but never the comment or who answered. */
public record SurveyAnswered(SurveyKind kind, UUID eventId, int firstRating, int secondRating, int thirdRating,
		Instant answeredAt) {
}
