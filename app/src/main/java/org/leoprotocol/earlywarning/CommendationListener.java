package org.leoprotocol.earlywarning;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.leoprotocol.complaints.CommendationReceived;
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

	static final String SOURCE = "Commendation from the public";

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
					SOURCE + ", record " + received.complaintId(), SOURCE, EarlyWarning.ITSELF);
		}
	}

	static UUID id(CommendationReceived received, OfficerId officer) {
		return id(received.complaintId(), officer);
	}

	static UUID id(org.leoprotocol.complaints.ComplaintId commendation, OfficerId officer) {
		String key = String.join("\u001f", "commendation", commendation.toString(), officer.value().toString());
		return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
	}
}
