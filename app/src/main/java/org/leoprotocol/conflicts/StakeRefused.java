package org.leoprotocol.conflicts;

import java.util.Locale;

import org.leoprotocol.shared.web.Explained;

import org.springframework.security.access.AccessDeniedException;

/**
 * An act on a record refused because the person has a stake in it, where the decision is not passed to an alternate but
 * left to the colleagues already working the record (an incident: whoever else responds decides). Answered 403 in the
 * API and on pages; the attempt is in the audit trail before this is thrown.
 */
public class StakeRefused extends AccessDeniedException implements Explained {

	private final String key;
	private final transient Object[] arguments;

	StakeRefused(RecordRef record, String attempted, Conflict reason) {
		super("You may not " + attempted + " on this " + record.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
				+ ": "
				+ reason.english()
				+ ". A colleague without a stake in it takes this decision; the attempt has been recorded.");
		this.key = "conflicts.stake.refused";
		this.arguments = new Object[] { attempted, ConflictRefused.said(reason) };
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments.clone();
	}
}
