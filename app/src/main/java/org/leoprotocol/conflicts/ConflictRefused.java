package org.leoprotocol.conflicts;

import org.leoprotocol.shared.WrongState;

/**
 * A decision refused because its decider has a conflict of interest: they are recused and the decision passes to the
 * agency's designated alternate, or, when no one eligible is designated, waits until command designates one. Answered
 * 409 in the API and said on the page in the reader's language, with the reason in it.
 */
public class ConflictRefused extends WrongState {

	private static final long serialVersionUID = 1L;

	private ConflictRefused(String key, Object... arguments) {
		super(key, arguments);
	}

	static ConflictRefused recused(String caseNumber, Conflict reason, String alternate) {
		return new ConflictRefused("conflicts.recused", caseNumber, reason, alternate);
	}

	/** The last eligible decider is recused: says which setting must name someone free of conflict. */
	static ConflictRefused noAlternate(String caseNumber, Conflict reason, String setting) {
		return new ConflictRefused("conflicts.recused.noAlternate", caseNumber, reason, setting);
	}
}
