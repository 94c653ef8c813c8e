package org.leoprotocol.personnel;

import org.leoprotocol.shared.WrongState;

/**
 * An officer who is not on active duty (administrative leave, suspended, terminated, retired) cannot be given duty:
 * made responsible for an incident, dispatched, assigned a case, seated on a board or given a new account.
 */
public class OfficerUnavailableRefused extends WrongState {

	private static final long serialVersionUID = 1L;

	private final transient OfficerId officer;
	private final OfficerStatus status;

	public OfficerUnavailableRefused(OfficerId officer, String badgeNumber, OfficerStatus status) {
		super("personnel.unavailable." + status.name(), badgeNumber);
		this.officer = officer;
		this.status = status;
	}

	/** Refuses the officer unless on active duty. */
	public static void unlessActive(Officer officer) {
		if (officer.status() != OfficerStatus.ACTIVE) {
			throw new OfficerUnavailableRefused(officer.id(), officer.badgeNumber(), officer.status());
		}
	}

	public OfficerId officer() {
		return officer;
	}

	/** Why the officer is not available: leave, suspension, termination or retirement. */
	public OfficerStatus officerStatus() {
		return status;
	}
}
