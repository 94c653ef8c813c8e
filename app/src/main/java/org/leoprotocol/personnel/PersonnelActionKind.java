package org.leoprotocol.personnel;

/** What was done. Leave and reinstatement also change the officer's status. */
public enum PersonnelActionKind {
	/** The service weapon was handed in to the agency. */
	WEAPON_SURRENDERED,
	/** The service weapon was given back; only to an officer on active duty. */
	WEAPON_RETURNED,
	/** The badge and warrant card were handed in. */
	BADGE_SURRENDERED,
	/** The badge and warrant card were given back; only to an officer on active duty. */
	BADGE_RETURNED,
	/** Relieved of duty with pay while a matter is examined. */
	ADMINISTRATIVE_LEAVE,
	/** Returned to active duty. */
	REINSTATEMENT;

	/** The status the action puts the officer in, or null when it changes none. */
	OfficerStatus status() {
		return this == ADMINISTRATIVE_LEAVE ? OfficerStatus.ADMINISTRATIVE_LEAVE
				: this == REINSTATEMENT ? OfficerStatus.ACTIVE : null;
	}

	/** Whether the officer must be on active duty: powers are given back only to one who may use them. */
	boolean needsActiveOfficer() {
		return this == WEAPON_RETURNED || this == BADGE_RETURNED;
	}
}
