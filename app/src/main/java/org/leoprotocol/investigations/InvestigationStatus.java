package org.leoprotocol.investigations;

import java.util.Locale;

/** Where a case stands: opened, investigated by an assigned investigator, findings in review, closed. */
public enum InvestigationStatus {
	/** Opened with its allegations; no investigator yet. */
	OPEN,
	/** Assigned; statements, evidence and recommended findings are being gathered. */
	INVESTIGATING,
	/** Every allegation has a recommended finding; the reviewers record the final findings. */
	IN_REVIEW,
	/** Every allegation has a final finding; the case is complete. */
	CLOSED;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
