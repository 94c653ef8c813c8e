package org.leoprotocol.investigations;

import org.leoprotocol.investigations.deadline.StatutoryClock;

/**
 * The kind of case, which sets its statutory clock (see {@link StatutoryClock}). Deadlines are set by law or agreement:
 * Portland's Independent Police Review must finish investigations within 180 days (DOJ settlement), and New York City's
 * CCRB works against an 18-month statute of limitations (New York Civil Service Law §75(4)).
 */
public enum CaseType {
	/** Opened from a complaint by a member of the public. */
	CITIZEN_COMPLAINT,
	/** Opened by the agency itself, e.g. from a supervisor's report or a protocol finding. */
	INTERNAL,
	/** A critical incident (use of force with serious injury, a death in custody), usually on a shorter clock. */
	CRITICAL_INCIDENT
}
