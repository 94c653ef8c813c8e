package org.leoprotocol.engagement;

/** One answer to a survey: three ratings from 1 to 5 and an optional comment, which is never published. */
public record Ratings(Integer first, Integer second, Integer third, String comment) {

	static final int MAX_COMMENT = 2000;

	Ratings checked() {
		if (!valid(first) || !valid(second) || !valid(third)) {
			throw new RatingsRefused("engagement.survey.problem.ratings");
		}
		String text = comment == null || comment.isBlank() ? null : comment.strip();
		if (text != null && text.length() > MAX_COMMENT) {
			throw new RatingsRefused("engagement.survey.problem.comment", MAX_COMMENT);
		}
		return new Ratings(first, second, third, text);
	}

	private static boolean valid(Integer rating) {
		return rating != null && rating >= 1 && rating <= 5;
	}
}
