package org.leoprotocol.conflicts;

import org.leoprotocol.shared.NotPermitted;

/**
 * An act on a record refused because the person has a stake in it, where the decision is not passed to an alternate but
 * left to the colleagues already working the record (an incident: whoever else responds decides). Answered 403 in the
 * API and on pages; the attempt is in the audit trail before this is thrown.
 */
public class StakeRefused extends NotPermitted {

	private static final long serialVersionUID = 1L;

	StakeRefused(String attempted, Conflict reason) {
		super("conflicts.stake.refused", attempted, reason);
	}
}
