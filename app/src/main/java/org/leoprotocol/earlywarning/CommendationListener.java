package org.leoprotocol.earlywarning;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.earlywarning.indicators.PerformanceEntry;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts a commendation from the public on the record of every officer it names, after it is stored. One commendation
 * naming two officers is two entries, each keyed by the commendation and the officer, so a commendation delivered again
 * after a crash is recorded once.
 */
@Component
class CommendationListener {

	/**
	 * The source of every entry this listener writes, stored as it has been since the first release (the entries are
	 * append-only); the officer's record recognises it and says it in the reader's language ({@link #fromThePublic}).
	 */
	static final String SOURCE = "Commendation from the public";

	private static final String RECORD = SOURCE + ", record ";

	private final PerformanceEntries entries;
	private final Clock clock;

	CommendationListener(PerformanceEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(CommendationReceived received) {
		LocalDate receivedOn = LocalDate.ofInstant(received.receivedAt(), clock.getZone());
		for (OfficerId officer : received.officers()) {
			entries.recordCommendation(id(received, officer), officer, receivedOn,
					description(received.complaintId()), SOURCE, EarlyWarning.ITSELF);
		}
	}

	/** The commendation's record, when the entry is one this listener (or the history backfill) put there. */
	static Optional<String> fromThePublic(PerformanceEntry entry) {
		return SOURCE.equals(entry.kind()) && entry.description().startsWith(RECORD)
				? Optional.of(entry.description().substring(RECORD.length())) : Optional.empty();
	}

	/** The entry's description as stored for the commendation with this record. */
	static String description(Object record) {
		return RECORD + record;
	}

	static UUID id(CommendationReceived received, OfficerId officer) {
		return id(received.complaintId(), officer);
	}

	static UUID id(org.leoprotocol.complaints.ComplaintId commendation, OfficerId officer) {
		String key = String.join("\u001f", "commendation", commendation.toString(), officer.value().toString());
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
	}
}
