package org.leoprotocol.protocol.timeline;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolFindingsRevised;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.CompletingEvent;
import org.leoprotocol.protocol.finding.FindingRecorder;
import org.leoprotocol.protocol.incident.Incidents;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what body-camera footage itself says happened during a response: each clip evidence has placed in time enters
 * the incident's timeline as a recording started and stopped, read from footage, and the camera's gap findings are
 * measured again from it.
 */
@Service
class FootageLog {

	/** Leo itself, entering what it read from footage. */
	private static final Actor LEO = Actor.leo();

	private final Incidents incidents;
	private final Timelines timelines;
	private final ResponseLog responses;
	private final FindingRecorder findings;
	private final AuditTrail audit;
	private final Clock clock;
	private final ApplicationEventPublisher events;

	FootageLog(Incidents incidents, Timelines timelines, ResponseLog responses, FindingRecorder findings,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.incidents = incidents;
		this.timelines = timelines;
		this.responses = responses;
		this.findings = findings;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Enters a body-camera clip on the incident's timeline from the footage itself: recording started and stopped at
	 * the times the file gives, on its device, for the officer who wore it, marked as read from footage. A clip already
	 * entered is not entered again. A recording start completes the steps it completes while the incident is open; the
	 * findings are then revised, so that the footage, not the camera entries typed by hand, measures the camera's gaps.
	 * Returns whether the clip was entered now.
	 */
	@Transactional
	boolean footage(IncidentId id, Footage clip) {
		Incident incident = incidents.findForUpdate(id)
			.orElseThrow(() -> new UnknownRecord("protocol.incident.unknown", id));
		Instant now = clock.instant();
		String detail = TimelineDetail.said("footage", clip.fileName(), clip.evidence());
		boolean started = timelines.appendFromFootage(id,
				TimelineEntry.of(clip.start(), TimelineEventType.RECORDING_STARTED,
						clip.officer(), detail, LEO.username(), now)
					.onDevice(clip.device()),
				clip.evidence());
		boolean stopped = timelines.appendFromFootage(id,
				TimelineEntry.of(clip.stop(), TimelineEventType.RECORDING_STOPPED,
						clip.officer(), detail, LEO.username(), now)
					.onDevice(clip.device()),
				clip.evidence());
		if (!started && !stopped) {
			return false;
		}
		if (incident.open()) {
			responses.completeBy(incident, CompletingEvent.RECORDING_STARTED, clip.start(), LEO, clip.officer());
		}
		FindingRecorder.Revised revised = findings.reviseForFootage(incident, clip.evidence(), now);
		if (!revised.withdrawn().isEmpty() || !revised.added().isEmpty()) {
			events.publishEvent(new ProtocolFindingsRevised(id, null, revised.withdrawn(), revised.added(),
					"body-camera footage " + clip.fileName() + " (evidence " + clip.evidence() + ")", now));
		}
		audit.access(AuditAction.UPDATE, Protocols.COMPONENT, RecordReference.of("Incident", id),
				Sentence.of("audit.detail.incident.footage", clip.evidence()));
		return true;
	}

	/** A clip of body-camera footage as evidence placed it: its item, device, wearer and recorded span. */
	record Footage(UUID evidence, String fileName, String device, OfficerId officer, Instant start,
			Instant stop) {
	}
}
