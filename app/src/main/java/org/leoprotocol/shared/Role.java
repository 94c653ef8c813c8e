package org.leoprotocol.shared;

/**
 * What a staff member may do. Roles are granted explicitly and do not imply one another: an administrator manages
 * accounts and the audit trail but does not read investigations unless also granted {@code INVESTIGATOR}.
 */
public enum Role {
	/** Patrol officers and dispatchers: open incidents, run Leo's Protocol, record their own work. */
	OFFICER,
	/** First-line supervisors: the live board, escalations, early-warning reviews of their officers. */
	SUPERVISOR,
	/** Internal-affairs investigators: cases, statements, findings, evidence of their assigned cases. */
	INVESTIGATOR,
	/** Members of the citizen review board: closed investigations, hearings, votes. */
	REVIEW_BOARD,
	/** Watch command and the chief's office: personnel actions, protocol versions, publication policy. */
	COMMAND,
	/** System administrators: staff accounts, roster import, the audit trail. */
	ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}
}
