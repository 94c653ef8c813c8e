package org.leoprotocol.protocol.incident;

/**
 * Where the response stands. An incident is resolved by a verified release of the person; the decisions that follow a
 * release (a referral to child protective services or none, with its reason) can still be recorded until a supervisor
 * closes it, after which its record is final.
 */
public enum IncidentStatus {
	OPEN,
	RESOLVED,
	CLOSED
}
