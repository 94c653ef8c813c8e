package org.leoprotocol.investigations.publication;

import org.leoprotocol.shared.WrongState;

/**
 * Publishing a case's text refused: its author approving it, or approving it twice. Answered 409 in the API and said on
 * the page in the reader's language.
 */
public class PublicTextRefused extends WrongState {

	private static final long serialVersionUID = 1L;

	PublicTextRefused(String key, Object... arguments) {
		super(key, arguments);
	}

	static PublicTextRefused ownText(String caseNumber, String author) {
		return new PublicTextRefused("redaction.approval.ownText", caseNumber, author);
	}

	static PublicTextRefused alreadyApproved(String caseNumber, String approver) {
		return new PublicTextRefused("redaction.approval.already", caseNumber, approver);
	}
}
