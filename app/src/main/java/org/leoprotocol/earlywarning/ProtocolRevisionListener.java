package org.leoprotocol.earlywarning;

import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.protocol.ProtocolFindingsRevised;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows an amendment of an incident's record into the officers' early-warning records: each finding it withdrew is
 * marked withdrawn and its officer re-evaluated (a flag raised from it closes, with its history kept); the findings it
 * added arrive as any finding does, through {@link ProtocolFindingListener}.
 */
@Component
class ProtocolRevisionListener {

	private final PerformanceEntries entries;

	ProtocolRevisionListener(PerformanceEntries entries) {
		this.entries = entries;
	}

	@ApplicationModuleListener
	void on(ProtocolFindingsRevised revised) {
		for (ProtocolFinding withdrawn : revised.withdrawn()) {
			if (withdrawn.officer() != null) {
				entries.withdrawProtocolFinding(withdrawn.id(), revised.reason(),
						"incident " + revised.incidentId());
			}
		}
	}
}
