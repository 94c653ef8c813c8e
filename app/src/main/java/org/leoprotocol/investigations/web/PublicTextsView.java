package org.leoprotocol.investigations.web;

import java.util.List;

/**
 * The page of public texts awaiting a second person's approval: each as written and as it would be published, with what
 * the redaction gate removed and why (message keys), and the form with which a case's public summary is written.
 *
 * @param mayApprove whether the reader (review board, command) may read and approve pending texts
 * @param mayWrite whether the reader (investigator, command) may write a case's public summary
 */
public record PublicTextsView(List<Pending> pending, boolean mayApprove, boolean mayWrite, String problem,
		String notice) {

	/** One text waiting for approval; {@code ownText} when the reader wrote it and so may not approve it. */
	public record Pending(String id, String kindKey, String caseNumber, String writtenBy, String written,
			String redacted,
			List<Removed> removed, boolean ownText) {
	}

	/** One thing the gate removed: as found, what replaced it, and the reason's message key. */
	public record Removed(String found, String mark, String reasonKey) {
	}
}
