package org.leoprotocol.personnel;

/** An officer's employment status. Only the last two are final: Leo does not reopen an ended career. */
public enum OfficerStatus {
	/** On duty with full powers. */
	ACTIVE,
	/** Relieved of duty with pay while a matter is examined; usually with service weapon and badge surrendered. */
	ADMINISTRATIVE_LEAVE,
	/** Relieved of duty without pay as a disciplinary sanction. */
	SUSPENDED,
	/** Employment ended by the agency. */
	TERMINATED,
	/** Employment ended by retirement. */
	RETIRED;

	public boolean isFinal() {
		return this == TERMINATED || this == RETIRED;
	}
}
