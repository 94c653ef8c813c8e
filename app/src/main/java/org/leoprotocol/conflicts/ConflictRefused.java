package org.leoprotocol.conflicts;

import java.util.Locale;

import org.leoprotocol.shared.web.Explained;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A decision refused because its decider has a conflict of interest: they are recused and the decision passes to the
 * agency's designated alternate, or, when no one eligible is designated, waits until command designates one. Answered
 * 409 in the API and said on the page in the reader's language, with the reason in it.
 */
public class ConflictRefused extends IllegalStateException implements Explained {

	private final String key;
	private final transient Object[] arguments;

	private ConflictRefused(String key, String english, Object... arguments) {
		super(english);
		this.key = key;
		this.arguments = arguments;
	}

	static ConflictRefused recused(String caseNumber, Conflict reason, String alternate) {
		return new ConflictRefused("conflicts.recused",
				"You are recused from case " + caseNumber + ": " + reason.english()
						+ ". The decision passes to the designated alternate, " + alternate + ".",
				caseNumber, said(reason), alternate);
	}

	/** The last eligible decider is recused: says which setting must name someone free of conflict. */
	static ConflictRefused noAlternate(String caseNumber, Conflict reason, String setting) {
		return new ConflictRefused("conflicts.recused.noAlternate", "You are recused from case " + caseNumber + ": "
				+ reason.english()
				+ ". No one else eligible may take this decision: command must designate an alternate free of conflict in this case with "
				+ setting + " (for the chief, a deputy chief or the review board).", caseNumber, said(reason), setting);
	}

	static DefaultMessageSourceResolvable said(Conflict reason) {
		Object[] arguments = reason.arguments().stream().map(argument -> argument.startsWith(Conflict.PARTY)
				? new DefaultMessageSourceResolvable(new String[] { argument }, null,
						argument.substring(Conflict.PARTY.length()).toLowerCase(Locale.ROOT))
				: argument)
			.toArray();
		return new DefaultMessageSourceResolvable(new String[] { reason.key() }, arguments, reason.english());
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
