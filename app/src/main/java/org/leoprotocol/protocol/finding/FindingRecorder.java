package org.leoprotocol.protocol.finding;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.protocol.ProtocolFindingRecorded;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.protocol.timeline.Timelines;
import org.leoprotocol.shared.AgencyTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Runs gap analysis after every change to a timeline and stores each new finding once, with a timeline entry and a
 * {@link ProtocolFindingRecorded} event in the same transaction.
 */
@Component
public class FindingRecorder {

	static final Duration DEFAULT_ENGAGEMENT_WINDOW = Duration.ofMinutes(2);

	private final AgencyTime agencyTime;
	private final Timelines timelines;
	private final Findings findings;
	private final Protocols protocols;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MessageSource messages;

	FindingRecorder(Timelines timelines, Findings findings, Protocols protocols, ApplicationEventPublisher events,
			Clock clock, AgencyTime agencyTime, MessageSource messages) {
		this.messages = messages;
		this.agencyTime = agencyTime;
		this.timelines = timelines;
		this.findings = findings;
		this.protocols = protocols;
		this.events = events;
		this.clock = clock;
	}

	public void analyse(Incident incident) {
		analyse(incident, clock.instant());
	}

	/** Runs gap analysis, recording new findings as of the time given: a historical incident's closing time. */
	public void analyse(Incident incident, Instant recordedAt) {
		for (Finding finding : gapAnalysis(incident).findings()) {
			record(incident, finding, recordedAt);
		}
	}

	/**
	 * Runs gap analysis again on the amended record: withdraws the findings it no longer supports (with a timeline
	 * entry each) and records the new ones. Returns the findings withdrawn and those added.
	 */
	public Revised revise(Incident incident, UUID amendment, Instant now) {
		return revise(incident, now, withdrawn -> findings.withdraw(withdrawn.id(), amendment, now),
				List.of("finding.withdrawn.amendment"));
	}

	/**
	 * Runs gap analysis again once footage of a body camera reached the timeline: the findings measured from camera
	 * entries typed by hand that the footage does not bear out are withdrawn, and the footage's own are recorded.
	 */
	public Revised reviseForFootage(Incident incident, UUID evidence, Instant now) {
		return revise(incident, now, withdrawn -> findings.withdrawForFootage(withdrawn.id(), evidence, now),
				List.of("finding.withdrawn.footage", evidence));
	}

	private Revised revise(Incident incident, Instant now, java.util.function.Consumer<ProtocolFinding> withdraw,
			List<Object> why) {
		FindingRevision revision = FindingRevision.between(findings.of(incident.id()),
				gapAnalysis(incident).findings());
		for (ProtocolFinding withdrawn : revision.withdrawn()) {
			withdraw.accept(withdrawn);
			timelines.append(incident.id(),
					TimelineEntry.of(now, TimelineEventType.FINDING_WITHDRAWN, withdrawn.officer(),
							said(why, withdrawn.said()), "leo", now));
		}
		List<ProtocolFinding> added = revision.added().stream().map(finding -> record(incident, finding, now))
			.flatMap(Optional::stream).toList();
		return new Revised(revision.withdrawn(), added);
	}

	/**
	 * A timeline entry's sentence about a finding: its key (after {@code incident-timeline.}) and first arguments
	 * ({@code why}), then the finding's own sentence, key and arguments, as the entry's last arguments.
	 */
	private static String said(List<Object> why, Sentence finding) {
		List<Object> arguments = new java.util.ArrayList<>(why.subList(1, why.size()));
		arguments.add(finding.key());
		arguments.addAll(finding.arguments());
		return TimelineDetail.said(why.get(0).toString(), arguments.toArray());
	}

	/** The findings an amendment withdrew and those it added. */
	public record Revised(List<ProtocolFinding> withdrawn, List<ProtocolFinding> added) {
	}

	private GapAnalysis gapAnalysis(Incident incident) {
		Duration window = protocols.version(incident.protocolVersion()).steps().stream()
			.filter(step -> GapAnalysis.ENGAGEMENT_STEPS.contains(step.code())
					&& step.appliesTo(incident.kind(), incident.person().age()))
			.map(ProtocolStep::deadline).findFirst().orElse(DEFAULT_ENGAGEMENT_WINDOW);
		return new GapAnalysis(incident.kind(), timelines.of(incident.id()), window, agencyTime.zone());
	}

	private Optional<ProtocolFinding> record(Incident incident, Finding finding, Instant now) {
		String english = messages.getMessage(finding.summary(), Locale.ENGLISH);
		ProtocolFinding stored = new ProtocolFinding(UUID.randomUUID(), incident.id(), finding.kind(),
				finding.officer(), finding.measured(), english, now, finding.summary());
		if (!findings.insertIfAbsent(stored)) {
			return Optional.empty();
		}
		timelines.append(incident.id(), TimelineEntry.of(now, TimelineEventType.FINDING_RECORDED, finding.officer(),
				said(List.of("finding"), finding.summary()), "leo", now));
		events.publishEvent(new ProtocolFindingRecorded(stored.id(), incident.id(), finding.kind(), finding.officer(),
				finding.measured(), finding.summary().stored(), now));
		return Optional.of(stored);
	}
}
