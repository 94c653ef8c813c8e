package org.leoprotocol.personnel;

import org.leoprotocol.shared.web.Explained;

/**
 * An officer who is not on active duty (administrative leave, suspended, terminated, retired) cannot be given duty:
 * made responsible for an incident, dispatched, assigned a case, seated on a board or given a new account.
 */
public class OfficerUnavailableRefused extends IllegalStateException implements Explained {

	private final OfficerId officer;
	private final OfficerStatus status;

	public OfficerUnavailableRefused(OfficerId officer, String badgeNumber, OfficerStatus status) {
		super("Officer " + badgeNumber + " is " + status.phrase() + " and cannot be given duty");
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

	public OfficerStatus status() {
		return status;
	}

	@Override
	public String messageKey() {
		return "personnel.unavailable." + status.name();
	}
}
