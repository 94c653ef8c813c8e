package org.leoprotocol.notifications;

/** What a notice is about; staff choose their channels per kind. */
public enum NoticeKind {
	/** A step of Leo's Protocol went late and the recipient is the rung of the chain of command to act. */
	ESCALATION,
	/** A statutory or agency deadline of an investigation is near or has passed. */
	DEADLINE,
	/** An early-warning flag's follow-up date is near or has passed. */
	FLAG_FOLLOW_UP,
	/** A hearing is near. */
	HEARING,
	/** A case was assigned to the recipient. */
	CASE_ASSIGNMENT
}
