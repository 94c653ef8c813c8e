package org.leoprotocol.investigations.deadline;

import org.leoprotocol.shared.InvalidInput;

/**
 * Why a clock cannot be tolled or extended as asked: the law lets a clock stop or run longer only for a stated reason
 * on someone's authority, over a period that makes sense. Said in the reader's language on the case page and in the
 * API.
 */
public class DeadlineChangeRefused extends InvalidInput {

	private static final long serialVersionUID = 1L;

	enum Reason {
		NO_REASON("investigations.deadline.refused.noReason"),
		NO_AUTHORITY("investigations.deadline.refused.noAuthority"),
		NO_DATES("investigations.deadline.refused.noDates"),
		ENDS_BEFORE_START("investigations.deadline.refused.endsBeforeStart"),
		AFTER_DEADLINE("investigations.deadline.refused.afterDeadline"),
		NO_DAYS("investigations.deadline.refused.noDays"),
		TOO_LONG("investigations.deadline.refused.tooLong");

		final String key;

		Reason(String key) {
			this.key = key;
		}
	}

	DeadlineChangeRefused(Reason reason) {
		super(reason.key);
	}
}
