package org.leoprotocol.investigations.publication;

import org.leoprotocol.shared.web.Explained;

/**
 * Publishing a case's text refused: its author approving it, or approving it twice. Answered 409 in the API and said on
 * the page in the reader's language.
 */
public class PublicTextRefused extends IllegalStateException implements Explained {

	private final String key;
	private final transient Object[] arguments;

	PublicTextRefused(String key, String english, Object... arguments) {
		super(english);
		this.key = key;
		this.arguments = arguments;
	}

	static PublicTextRefused ownText(String caseNumber, String author) {
		return new PublicTextRefused("redaction.approval.ownText",
				author + " wrote this public text of case " + caseNumber
						+ "; someone else must approve its redacted text",
				caseNumber, author);
	}

	static PublicTextRefused alreadyApproved(String caseNumber, String approver) {
		return new PublicTextRefused("redaction.approval.already",
				"This public text of case " + caseNumber + " was already approved by "
						+ approver,
				caseNumber, approver);
	}

	@Override
	public String messageKey() {
		return key;
	}

	@Override
	public Object[] messageArguments() {
		return arguments;
	}
}
