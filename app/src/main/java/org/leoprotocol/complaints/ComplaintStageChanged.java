package org.leoprotocol.complaints;

import java.time.Instant;

/**
 * Published when a complaint or commendation reaches a public stage, its receipt included; the person who filed is told
 * by email when they left an address.
 */
public record ComplaintStageChanged(ComplaintId complaintId, Stage stage, String note, Instant changedAt,
		String noteKey,
		String noteArgument) {

	/** The step this event announces, as the status page shows it. */
	public StageChange change() {
		return new StageChange(stage, changedAt, note, noteKey, noteArgument);
	}
}
