package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.Locale;

import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentReunified;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.CompletingEvent;
import org.leoprotocol.protocol.finding.GapAnalysis;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.reunification.Releases;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Stores the verified release a CAD system recorded for an imported incident, ticks off the steps the release completes
 * and tells the other modules of the reunification, with the CAD times.
 */
@Component
class ReleaseImport {

	private final Releases releases;
	private final Timelines timelines;
	private final ApplicationEventPublisher events;

	ReleaseImport(Releases releases, Timelines timelines, ApplicationEventPublisher events) {
		this.releases = releases;
		this.timelines = timelines;
		this.events = events;
	}

	void release(Incident incident, Instant at, ReleaseVerification verification, HistoricalTimeline timeline) {
		releases.insert(incident.id(), verification, at, timeline.by);
		timeline.add(TimelineEntry.of(at, TimelineEventType.RELEASE_VERIFIED, verification.verifyingOfficer(),
				TimelineDetail.said("released", verification.relationship().strip(),
						verification.document().type(), verification.document().lastFour(),
						verification.recognition().name(), verification.custodyClear() ? "CLEAR" : "CONFLICT"),
				timeline.by, timeline.now));
		timeline.completeBy(CompletingEvent.RELEASED, at, verification.verifyingOfficer());
		Instant engaged = timelines.of(incident.id()).stream()
			.filter(entry -> entry.type() == TimelineEventType.STEP_DONE
					&& GapAnalysis.ENGAGEMENT_STEPS.contains(entry.stepCode()))
			.map(TimelineEntry::occurredAt).findFirst().orElse(null);
		events.publishEvent(new IncidentReunified(incident.id(), incident.kind(), incident.reportedAt(), engaged, at));
	}
}
