package org.leoprotocol.investigations.deadline;

/**
 * Why and on whose authority a clock is changed: the reason (e.g. "criminal investigation pending, Gov. Code
 * 3304(d)(2)(A)"), who authorised it, and a reference such as an order's number.
 */
public record DeadlineAuthority(String reason, String name, String reference) {

	public DeadlineAuthority {
		reference = reference == null || reference.isBlank() ? null : reference.strip();
	}

	void check() {
		if (reason == null || reason.isBlank()) {
			throw new DeadlineChangeRefused(DeadlineChangeRefused.Reason.NO_REASON);
		}
		if (name == null || name.isBlank()) {
			throw new DeadlineChangeRefused(DeadlineChangeRefused.Reason.NO_AUTHORITY);
		}
		if (reason.strip().length() > 4000 || name.strip().length() > 500
				|| (reference != null && reference.length() > 500)) {
			throw new DeadlineChangeRefused(DeadlineChangeRefused.Reason.TOO_LONG);
		}
	}
}
