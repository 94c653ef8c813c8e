package org.leoprotocol.earlywarning;

import java.time.Clock;
import java.time.LocalDate;

import org.leoprotocol.protocol.ProtocolFindingRecorded;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns each finding of Leo's Protocol gap analysis ("on scene 11:42 before first engagement") into a protocol finding
 * on the officer's early-warning record, after the incident's change is committed. The protocol module's finding id is
 * the key, so a finding delivered again after a crash is recorded once.
 */
@Component
class ProtocolFindingListener {

	private final PerformanceEntries entries;
	private final Clock clock;

	ProtocolFindingListener(PerformanceEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ProtocolFindingRecorded recorded) {
		if (recorded.officerId() == null) {
			return;
		}
		entries.recordProtocolFindingOnce(recorded.findingId(), recorded.officerId(),
				LocalDate.ofInstant(recorded.recordedAt(), clock.getZone()), recorded.kind().name(), recorded.summary(),
				"incident " + recorded.incidentId());
	}
}
