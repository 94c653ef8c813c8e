package org.leoprotocol.protocol;

/** Whether the response is still running. An incident is resolved by a verified release of the person. */
public enum IncidentStatus {
	OPEN,
	RESOLVED
}
