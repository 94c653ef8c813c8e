package org.leoprotocol.protocol.timeline;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.shared.InvalidInput;

/**
 * One event on an incident's timeline: when it happened, when Leo learned of it, what it was, and who or which device
 * it concerns. {@code officer} is the officer who performed it, never simply whoever typed it in: that is
 * {@code recordedBy} (the staff account) and {@code recordedByOfficer} (their own officer id, if they are one). Entries
 * are appended and never changed; an approved amendment names the real performer, and readers see the entry with that
 * officer and {@code amendedFrom} the one first recorded. {@code position} identifies a stored entry.
 * {@code provenance} says where the entry came from: typed into Leo, imported from dispatch, or read from body-camera
 * footage; a camera entry typed into Leo was entered by hand.
 */
public record TimelineEntry(Instant occurredAt, TimelineEventType type, OfficerId officer, String deviceId,
		String stepCode,
		String detail, String recordedBy, Instant recordedAt, OfficerId recordedByOfficer, Long position,
		OfficerId amendedFrom, Provenance provenance) {

	/** The most characters a note on an entry may have. */
	public static final int MAX_NOTE = 500;

	public TimelineEntry {
		provenance = provenance == null ? Provenance.LEO : provenance;
	}

	public TimelineEntry(Instant occurredAt, TimelineEventType type, OfficerId officer, String deviceId,
			String stepCode,
			String detail, String recordedBy, Instant recordedAt) {
		this(occurredAt, type, officer, deviceId, stepCode, detail, recordedBy, recordedAt, null, null, null,
				Provenance.LEO);
	}

	/** A stored entry typed into Leo. */
	public TimelineEntry(Instant occurredAt, TimelineEventType type, OfficerId officer, String deviceId,
			String stepCode,
			String detail, String recordedBy, Instant recordedAt, OfficerId recordedByOfficer, Long position,
			OfficerId amendedFrom) {
		this(occurredAt, type, officer, deviceId, stepCode, detail, recordedBy, recordedAt, recordedByOfficer, position,
				amendedFrom,
				Provenance.LEO);
	}

	/** Whether this is a body-camera entry that a person typed in, rather than one read from the footage itself. */
	public boolean enteredByHand() {
		return type.camera() && provenance == Provenance.LEO;
	}

	/** Whether this entry was read from body-camera footage. */
	public boolean fromFootage() {
		return provenance == Provenance.FOOTAGE;
	}

	/**
	 * A note typed on an entry, as its detail keeps it ({@link TimelineDetail#typedAlone}): blank means none; longer
	 * than {@link #MAX_NOTE} characters is refused.
	 */
	static String note(String note) {
		if (note == null || note.isBlank()) {
			return null;
		}
		if (note.strip().length() > MAX_NOTE) {
			throw new InvalidInput("protocol.note.long", MAX_NOTE);
		}
		return TimelineDetail.typedAlone(note.strip());
	}

	public static TimelineEntry of(Instant occurredAt, TimelineEventType type, OfficerId officer, String detail,
			String recordedBy,
			Instant recordedAt) {
		return new TimelineEntry(occurredAt, type, officer, null, null, detail, recordedBy, recordedAt);
	}

	/**
	 * The entry as a reader without need to know the claimant's identity reads it: a release keeps who the claimant was
	 * to the person ("the mother") and drops the identity document and what follows it.
	 */
	public TimelineEntry masked() {
		if (type != TimelineEventType.RELEASE_VERIFIED || detail == null) {
			return this;
		}
		String withheld = TimelineDetail.sentence(detail).filter(said -> !said.arguments().isEmpty())
			.map(said -> TimelineDetail.said("released.withheld", said.arguments().get(0)))
			.orElse(detail.contains(": ") ? detail.substring(0, detail.indexOf(": ")) + " (identity withheld)" : null);
		if (withheld == null) {
			return this;
		}
		return new TimelineEntry(occurredAt, type, officer, deviceId, stepCode, withheld, recordedBy, recordedAt,
				recordedByOfficer, position, amendedFrom, provenance);
	}

	public TimelineEntry forStep(String code) {
		return new TimelineEntry(occurredAt, type, officer, deviceId, code, detail, recordedBy, recordedAt,
				recordedByOfficer,
				position, amendedFrom, provenance);
	}

	TimelineEntry onDevice(String device) {
		return new TimelineEntry(occurredAt, type, officer, device, stepCode, detail, recordedBy, recordedAt,
				recordedByOfficer,
				position, amendedFrom, provenance);
	}

	/** The same entry, saying which officer (if the recorder is one) typed it in. */
	TimelineEntry recordedAs(OfficerId recorder) {
		return new TimelineEntry(occurredAt, type, officer, deviceId, stepCode, detail, recordedBy, recordedAt,
				recorder,
				position, amendedFrom, provenance);
	}

	/** Whether a person recorded this entry about an officer, so that an amendment may name a different performer. */
	public boolean amendable() {
		return position != null && officer != null
				&& (type.dispatch() || type.camera() || type == TimelineEventType.STEP_DONE);
	}
}
