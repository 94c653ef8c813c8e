package org.leoprotocol.personnel;

import java.time.Instant;

import org.springframework.stereotype.Service;

/** Who is on duty, and so who is to be told when something concerning an officer needs a superior. */
@Service
public class DutyRoster {

	/**
	 * The people of the rung on duty over the officer's unit at that time, else in its parent units up the chain;
	 * when nobody of that rung is on duty anywhere up the chain, the next rung up. Command always resolves. Only
	 * active officers are returned.
	 */
	public Supervisors supervisorsOf(OfficerId about, Supervision rung, Instant at) {
		throw new UnsupportedOperationException("not yet built");
	}

	/** Refuses, with the officer's status as reason, unless the officer is on active duty. */
	public void requireAvailable(OfficerId id) {
		throw new UnsupportedOperationException("not yet built");
	}
}
