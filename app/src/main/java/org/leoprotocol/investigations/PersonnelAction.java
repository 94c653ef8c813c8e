package org.leoprotocol.investigations;

import org.leoprotocol.personnel.OfficerStatus;

/**
 * What a case may order for an accused officer, and the roster status it leads to. Surrender of service weapon and
 * badge goes with administrative leave (scenario 000: "administrative leave effective immediately; service weapon and
 * badge surrendered to the responding supervisor").
 */
public enum PersonnelAction {
	ADMINISTRATIVE_LEAVE(OfficerStatus.ADMINISTRATIVE_LEAVE),
	WEAPON_AND_BADGE_SURRENDERED(OfficerStatus.ADMINISTRATIVE_LEAVE),
	SUSPENSION(OfficerStatus.SUSPENDED),
	TERMINATION(OfficerStatus.TERMINATED),
	REINSTATEMENT(OfficerStatus.ACTIVE);

	private final OfficerStatus status;

	PersonnelAction(OfficerStatus status) {
		this.status = status;
	}

	public OfficerStatus status() {
		return status;
	}
}
