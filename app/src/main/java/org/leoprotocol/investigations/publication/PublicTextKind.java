package org.leoprotocol.investigations.publication;

/** What a public text of a case is: the minutes of a decided hearing, or the case's public summary. */
public enum PublicTextKind {
	MINUTES,
	CASE_SUMMARY
}
