package org.leoprotocol.evidence;

import java.util.Set;

/**
 * What evidence needs to know of the cases its items are linked to: who investigates them. Evidence owns this interface
 * and the investigations module implements it, so that an investigator assigned to a case is on its evidence team from
 * the moment of the assignment, and leaves it when the case is reassigned.
 */
public interface CaseTeams {

	/**
	 * The user names of the investigators assigned to the case with this reference (its case number); empty if none.
	 */
	Set<String> investigatorsOf(String caseReference);
}
