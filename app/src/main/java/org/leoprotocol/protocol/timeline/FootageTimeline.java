package org.leoprotocol.protocol.timeline;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.evidence.BodyCameraFootageIngested;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Body-camera footage is the timeline's source: when evidence has placed a clip linked to an incident in time (from the
 * file's own metadata, with the officer who wore the camera), its recording start and stop enter that incident's
 * timeline, marked as read from footage, and the gap findings are measured again from them. Runs after the upload
 * commits, from the event publication registry, so an upload never waits for the timeline.
 */
@Component
class FootageTimeline {

	private static final Logger log = LoggerFactory.getLogger(FootageTimeline.class);

	private final FootageLog footageLog;

	FootageTimeline(FootageLog footageLog) {
		this.footageLog = footageLog;
	}

	@ApplicationModuleListener
	void on(BodyCameraFootageIngested footage) {
		IncidentId incident;
		try {
			incident = IncidentId.of(footage.incidentReference());
		}
		catch (InvalidInput notAnIncident) {
			log.warn("Footage {} is linked to '{}', which is not an incident id; it was not placed on a timeline",
					footage.evidence(), footage.incidentReference());
			return;
		}
		try {
			footageLog.footage(incident,
					new FootageLog.Footage(footage.evidence().value(), footage.fileName(), footage.device(),
							footage.officer(), footage.recordingStart(), footage.recordingStop()));
		}
		catch (UnknownRecord unknown) {
			log.warn("Footage {} is linked to incident {}, which does not exist; it was not placed on a timeline",
					footage.evidence(), incident);
		}
	}
}
