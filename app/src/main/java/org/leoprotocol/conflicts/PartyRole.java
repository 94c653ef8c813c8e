package org.leoprotocol.conflicts;

/** Why the person is in the record. */
public enum PartyRole {
	COMPLAINANT, CHILD, GUARDIAN, WITNESS, SUBJECT_OFFICER, REPORTER, OFFICER
}
