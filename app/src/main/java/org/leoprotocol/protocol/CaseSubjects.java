package org.leoprotocol.protocol;

import org.leoprotocol.personnel.OfficerId;

/**
 * What the protocol needs to know of internal-affairs cases: whether an officer is the subject of one. Protocol owns
 * this interface and the investigations module implements it. The subject of a complaint or case never sees the
 * identity of a complainant, claimant or witness in an incident record, whatever role he held in the incident: he could
 * approach, pressure or retaliate against them (the reason complainant identities are withheld from the accused officer
 * in IACP's model policy on investigating complaints of employee misconduct).
 */
public interface CaseSubjects {

	/** Whether the officer is accused in any case, open or closed. */
	boolean isSubjectOfACase(OfficerId officer);
}
