package org.leoprotocol.engagement.web;

import java.util.List;

/**
 * The short survey: three questions (message keys) rated 1 to 5 and a comment. {@code refusal} says why the link cannot
 * be answered (used, expired, not yet open); {@code title} names the event, or is null after an incident.
 */
public record SurveyView(String token, String title, List<String> questions, FormValues form, String refusal,
		boolean thanked) {

	public static final List<Integer> SCALE = List.of(1, 2, 3, 4, 5);
}
