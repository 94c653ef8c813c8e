package org.leoprotocol.personnel;

import java.time.Instant;

/**
 * An action taken on an officer with its authority: who authorised it ({@code authorisedBy}), under which case number
 * or order ({@code reference}), why, and when it was taken. Recorded once and never changed; the officer's status
 * history shows it beside the status changes.
 */
public record PersonnelAction(OfficerId officer, PersonnelActionKind kind, String authorisedBy, String reference,
		String reason,
		Instant takenAt, String recordedBy) {
}
