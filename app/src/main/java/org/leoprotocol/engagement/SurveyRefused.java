package org.leoprotocol.engagement;

import org.leoprotocol.shared.web.Explained;

/**
 * Why a survey link cannot take an answer now. The message is English for the API; the key lets the survey page say it
 * in the visitor's language.
 */
class SurveyRefused extends IllegalStateException implements Explained {

	enum Reason {
		NO_PLACE("engagement.survey.refused.noPlace", "The survey is for people who had a place at the event."),
		NOT_YET("engagement.survey.refused.notYet", "The survey opens when the event begins."),
		ANSWERED("engagement.survey.refused.answered", "Thank you: this survey has been answered."),
		EXPIRED("engagement.survey.refused.expired", "This invitation has expired.");

		final String key;
		final String english;

		Reason(String key, String english) {
			this.key = key;
			this.english = english;
		}
	}

	private final Reason reason;

	SurveyRefused(Reason reason) {
		super(reason.english);
		this.reason = reason;
	}

	@Override
	public String messageKey() {
		return reason.key;
	}
}
