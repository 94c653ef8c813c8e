package org.leoprotocol.engagement;

import org.leoprotocol.shared.WrongState;

/**
 * Why a survey link cannot take an answer now, said in the visitor's language on the page and the client's in the API.
 */
class SurveyRefused extends WrongState {

	private static final long serialVersionUID = 1L;

	enum Reason {
		NO_PLACE("engagement.survey.refused.noPlace"), NOT_YET("engagement.survey.refused.notYet"),
		ANSWERED("engagement.survey.refused.answered"), EXPIRED("engagement.survey.refused.expired");

		final String key;

		Reason(String key) {
			this.key = key;
		}
	}

	SurveyRefused(Reason reason) {
		super(reason.key);
	}
}
