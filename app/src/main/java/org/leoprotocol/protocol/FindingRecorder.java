package org.leoprotocol.protocol;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Runs gap analysis after every change to a timeline and stores each new finding once, with a timeline entry and
 * a {@link ProtocolFindingRecorded} event in the same transaction.
 */
@Component
class FindingRecorder {

	static final Duration DEFAULT_ENGAGEMENT_WINDOW = Duration.ofMinutes(2);

	private final Timelines timelines;
	private final Findings findings;
	private final Protocols protocols;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	FindingRecorder(Timelines timelines, Findings findings, Protocols protocols, ApplicationEventPublisher events, Clock clock) {
		this.timelines = timelines;
		this.findings = findings;
		this.protocols = protocols;
		this.events = events;
		this.clock = clock;
	}

	void analyse(Incident incident) {
		analyse(incident, clock.instant());
	}

	/** Runs gap analysis, recording new findings as of the time given: a historical incident's closing time. */
	void analyse(Incident incident, Instant recordedAt) {
		Duration window = protocols.version(incident.protocolVersion()).steps().stream()
				.filter(step -> GapAnalysis.ENGAGEMENT_STEPS.contains(step.code()) && step.appliesTo(incident.kind(), incident.person().age()))
				.map(ProtocolStep::deadline).findFirst().orElse(DEFAULT_ENGAGEMENT_WINDOW);
		for (Finding finding : new GapAnalysis(incident.kind(), timelines.of(incident.id()), window).findings()) {
			record(incident, finding, recordedAt);
		}
	}

	private void record(Incident incident, Finding finding, Instant now) {
		ProtocolFinding stored = new ProtocolFinding(UUID.randomUUID(), incident.id(), finding.kind(), finding.officer(),
				finding.measured(), finding.summary(), now);
		if (!findings.insertIfAbsent(stored)) {
			return;
		}
		timelines.append(incident.id(), TimelineEntry.of(now, TimelineEventType.FINDING_RECORDED, finding.officer(),
				"Finding: " + finding.summary(), "leo", now));
		events.publishEvent(new ProtocolFindingRecorded(stored.id(), incident.id(), finding.kind(), finding.officer(),
				finding.measured(), finding.summary(), now));
	}
}
