package org.leoprotocol.investigations.deadline;

import org.leoprotocol.shared.web.Explained;

/**
 * Why a clock cannot be tolled or extended as asked: the law lets a clock stop or run longer only for a stated reason
 * on someone's authority, over a period that makes sense. Answered 422 in the API and said on the case page in the
 * reader's language.
 */
public class DeadlineChangeRefused extends IllegalArgumentException implements Explained {

	enum Reason {
		NO_REASON("investigations.deadline.refused.noReason", "A toll or an extension needs its reason"),
		NO_AUTHORITY("investigations.deadline.refused.noAuthority",
				"A toll or an extension needs the authority that allowed it"),
		NO_DATES("investigations.deadline.refused.noDates", "A toll needs the day it starts and the day it ends"),
		ENDS_BEFORE_START("investigations.deadline.refused.endsBeforeStart", "A toll cannot end before it starts"),
		AFTER_DEADLINE("investigations.deadline.refused.afterDeadline",
				"A toll must start on or before the current deadline"),
		NO_DAYS("investigations.deadline.refused.noDays", "An extension is a number of days from 1 to 3650"),
		TOO_LONG("investigations.deadline.refused.tooLong",
				"The reason may have at most 4000 characters, the authority 500"),
		CLOSED("investigations.deadline.refused.closed", "The case is closed; its clock no longer runs");

		final String key;
		final String english;

		Reason(String key, String english) {
			this.key = key;
			this.english = english;
		}
	}

	private final Reason reason;

	DeadlineChangeRefused(Reason reason) {
		super(reason.english);
		this.reason = reason;
	}

	@Override
	public String messageKey() {
		return reason.key;
	}
}
