package org.leoprotocol.evidence.web;

import java.time.Instant;
import java.util.List;

/**
 * The body-camera assignments page: every assignment, the form to assign a device, and the outcome of the last change
 * ({@code notice} or {@code problem}, already in the reader's language).
 */
public record DevicesView(List<DeviceRow> rows, String notice, String problem) {

	/** One assignment; {@code until} is null while the officer still wears the device. */
	public record DeviceRow(String id, String deviceId, String badgeNumber, String officerName, Instant from,
			Instant until,
			String recordedBy, String endedBy) {
	}
}
