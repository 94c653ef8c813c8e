package org.leoprotocol.evidence;

/** What an evidence link points to: an internal-affairs case or an incident, each kept by another module. */
public enum LinkKind {
	CASE, INCIDENT
}
