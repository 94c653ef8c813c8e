package org.leoprotocol.audit;

/**
 * Whom an audit record holds accountable for an act: the staff member signed in to the request, the name tried at a
 * sign-in, an anonymous visitor by address, or Leo itself when no request is being served.
 */
record Accountable(String name, ActorKind kind, String source) {

	/** Who is behind the request being served, if any; outside a request, Leo itself. */
	static Accountable current() {
		String source = CurrentRequest.sourceAddress();
		return CurrentRequest.staffUser()
			.map(user -> new Accountable(user, ActorKind.STAFF, source))
			.orElseGet(() -> source == null ? new Accountable("leo", ActorKind.SYSTEM, null)
					: new Accountable("anonymous", ActorKind.ANONYMOUS, source));
	}
}
