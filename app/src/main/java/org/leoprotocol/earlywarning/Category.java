package org.leoprotocol.earlywarning;

/**
 * Leo's canonical kind of allegation. NYC CCRB's FADO categories map one to one; other agencies map their own codes
 * here in the import mapping, and a code no mapping names becomes {@link #OTHER} with the code kept.
 */
public enum Category {
	FORCE,
	ABUSE_OF_AUTHORITY,
	DISCOURTESY,
	OFFENSIVE_LANGUAGE,
	/** Failing to act when the duty was clear: a report not filed, a lost child left waiting. */
	NEGLECT_OF_DUTY,
	OTHER
}
