package org.leoprotocol.protocol;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/**
 * One event on an incident's timeline: when it happened, when Leo learned of it, what it was, and who or which
 * device it concerns. Entries are appended and never changed.
 */
public record TimelineEntry(Instant occurredAt, TimelineEventType type, OfficerId officer, String deviceId, String stepCode,
		String detail, String recordedBy, Instant recordedAt) {

	static TimelineEntry of(Instant occurredAt, TimelineEventType type, OfficerId officer, String detail, String recordedBy,
			Instant recordedAt) {
		return new TimelineEntry(occurredAt, type, officer, null, null, detail, recordedBy, recordedAt);
	}

	TimelineEntry forStep(String code) {
		return new TimelineEntry(occurredAt, type, officer, deviceId, code, detail, recordedBy, recordedAt);
	}

	TimelineEntry onDevice(String device) {
		return new TimelineEntry(occurredAt, type, officer, device, stepCode, detail, recordedBy, recordedAt);
	}
}
