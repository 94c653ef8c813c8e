package org.leoprotocol.audit;

/**
 * Who an audit record names as having acted: a signed-in staff member, an anonymous visitor (the public pages, a failed
 * sign-in), or Leo itself (scheduled work, demo data), so that a reviewer can tell a person's act from the system's.
 */
public enum ActorKind {
	STAFF, ANONYMOUS, SYSTEM
}
