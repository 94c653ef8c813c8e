package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.shared.PublishedCount;

/**
 * What the public sees of a survey: how many answered and, only from {@value PublishedCount#THRESHOLD} answers on, the
 * average of each question. With fewer answers an average would let a neighbour guess one person's rating.
 *
 * @param eventId the event, or {@code null} for the surveys after incidents, which are published only together
 */
public record SurveyResult(SurveyKind kind, UUID eventId, String title, Instant startsAt, PublishedCount registered,
		PublishedCount responses, List<Double> averages) {

	static SurveyResult of(SurveyKind kind, UUID eventId, String title, Instant startsAt, long registered,
			long responses,
			List<Double> averages) {
		boolean enough = responses >= PublishedCount.THRESHOLD;
		return new SurveyResult(kind, eventId, title, startsAt, PublishedCount.of(registered),
				PublishedCount.of(responses),
				enough ? averages : List.of());
	}

	public boolean averagesShown() {
		return !averages.isEmpty();
	}
}
