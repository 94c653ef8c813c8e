package org.leoprotocol.conflicts;

/** The kinds of record someone may have a stake in, and on which the policy is asked before anyone acts. */
public enum RecordKind {
	INCIDENT, COMPLAINT, CASE, ALLEGATION, FINDING, EVIDENCE, HEARING, VOTE, PERSONNEL_ACTION, EARLY_WARNING_FLAG
}
