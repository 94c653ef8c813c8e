package org.leoprotocol.protocol.finding;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.FindingKind;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.clock.Durations;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * Reads an incident's timeline for the gaps an after-action review looks for: time on scene before anyone engaged the
 * person, a body camera off while an officer was with them, and a unit clearing a found person's incident with no
 * verified release. A finding is reported only once its measure is final, so storing it once is enough.
 */
public final class GapAnalysis {

	/** Steps whose completion is an officer's first engagement: with the person found, or with the reporting party. */
	public static final Set<String> ENGAGEMENT_STEPS = Set.of("ENGAGE_PERSON", "INTERVIEW_REPORTING_PARTY");

	private final IncidentKind kind;
	private final List<TimelineEntry> timeline;
	private final Duration engageWithin;
	private final DateTimeFormatter time;
	private final DateTimeFormatter zoneLabel;

	GapAnalysis(IncidentKind kind, List<TimelineEntry> timeline, Duration engageWithin) {
		this(kind, timeline, engageWithin, ZoneId.of("UTC"));
	}

	/** Times in the findings' texts are in the agency's {@code zone}, labelled once after each list of times. */
	GapAnalysis(IncidentKind kind, List<TimelineEntry> timeline, Duration engageWithin, ZoneId zone) {
		this.kind = kind;
		this.timeline = List.copyOf(timeline);
		this.engageWithin = engageWithin;
		this.time = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US).withZone(zone);
		this.zoneLabel = DateTimeFormatter.ofPattern("zzz", Locale.US).withZone(zone);
	}

	List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		onSceneBeforeEngagement().ifPresent(findings::add);
		cameraOffDuringEngagement().ifPresent(findings::add);
		releasedWithoutVerification().ifPresent(findings::add);
		return findings;
	}

	Optional<Finding> onSceneBeforeEngagement() {
		Optional<TimelineEntry> arrival = first(TimelineEventType.ARRIVED);
		Optional<TimelineEntry> engagement = engagement();
		if (arrival.isEmpty() || engagement.isEmpty()) {
			return Optional.empty();
		}
		Duration gap = Duration.between(arrival.get().occurredAt(), engagement.get().occurredAt());
		if (gap.compareTo(engageWithin) <= 0) {
			return Optional.empty();
		}
		return Optional.of(new Finding(FindingKind.ON_SCENE_BEFORE_ENGAGEMENT, arrival.get().officer(), gap,
				Sentence.ofText("incident-finding.on-scene", Durations.clock(gap), Durations.clock(engageWithin))));
	}

	Optional<Finding> cameraOffDuringEngagement() {
		Optional<TimelineEntry> engagement = engagement();
		if (engagement.isEmpty() || engagement.get().officer() == null) {
			return Optional.empty();
		}
		Instant start = engagement.get().occurredAt();
		Optional<Instant> end = timeline.stream()
			.filter(entry -> entry.type() == TimelineEventType.RELEASE_VERIFIED
					|| entry.type() == TimelineEventType.CLEARED)
			.map(TimelineEntry::occurredAt).filter(at -> !at.isBefore(start)).findFirst();
		if (end.isEmpty()) {
			return Optional.empty();
		}
		OfficerId officer = engagement.get().officer();
		List<Instant[]> intervals = cameraOff(officer, start, end.get());
		if (intervals.isEmpty()) {
			return Optional.empty();
		}
		Duration off = intervals.stream().map(gap -> Duration.between(gap[0], gap[1])).reduce(Duration.ZERO,
				Duration::plus);
		List<String> spans = intervals.stream().map(gap -> time.format(gap[0]) + "–" + time.format(gap[1])).toList();
		return Optional.of(new Finding(FindingKind.CAMERA_OFF_DURING_ENGAGEMENT, officer, off,
				Sentence.ofText(
						fromFootage(officer) ? "incident-finding.camera-off.footage" : "incident-finding.camera-off",
						Durations.clock(off), String.join(", ", spans),
						zoneLabel.format(intervals.get(intervals.size() - 1)[1]))));
	}

	Optional<Finding> releasedWithoutVerification() {
		if (!kind.found()) {
			return Optional.empty();
		}
		Optional<TimelineEntry> cleared = first(TimelineEventType.CLEARED);
		if (cleared.isEmpty()) {
			return Optional.empty();
		}
		boolean verified = timeline.stream().anyMatch(entry -> entry.type() == TimelineEventType.RELEASE_VERIFIED
				&& !entry.occurredAt().isAfter(cleared.get().occurredAt()));
		boolean handedOver = timeline.stream().anyMatch(entry -> entry.type() == TimelineEventType.DECISION_RECORDED
				&& referral(entry.detail()));
		if (verified || handedOver) {
			return Optional.empty();
		}
		return Optional.of(new Finding(FindingKind.RELEASED_WITHOUT_VERIFICATION, cleared.get().officer(), null,
				Sentence.ofText("incident-finding.unverified", time.format(cleared.get().occurredAt()),
						zoneLabel.format(cleared.get().occurredAt()))));
	}

	/** Whether a decision's detail says the person was referred to child protective services. */
	private static boolean referral(String detail) {
		DecisionKind referral = DecisionKind.REFERRAL_TO_CHILD_PROTECTIVE_SERVICES;
		return TimelineDetail.sentence(detail)
			.map(said -> said.key().equals(TimelineDetail.KEYS + "decision")
					&& said.arguments().equals(List.of(referral.name())))
			.orElse(detail != null && detail.startsWith(referral.label()));
	}

	/**
	 * The spans between {@code start} and {@code end} in which the officer's camera was not recording, each as {from,
	 * to}: the finding names exactly these, so that its times add up to its measure. Where footage of the officer's
	 * camera is on the timeline, only the footage counts: each clip recorded from its start to its stop, and the camera
	 * was off wherever no clip covers. Otherwise the entries typed by hand count, each start or stop switching the
	 * camera on or off.
	 */
	private List<Instant[]> cameraOff(OfficerId officer, Instant start, Instant end) {
		boolean footage = fromFootage(officer);
		List<Instant[]> off = new ArrayList<>();
		int recording = 0;
		Instant cursor = start;
		for (TimelineEntry entry : timeline) {
			if (!entry.type().camera() || !officer.equals(entry.officer()) || entry.fromFootage() != footage) {
				continue;
			}
			Instant at = entry.occurredAt();
			if (at.isAfter(end)) {
				break;
			}
			if (at.isAfter(cursor)) {
				if (recording == 0) {
					off.add(new Instant[] { cursor, at });
				}
				cursor = at;
			}
			boolean started = entry.type() == TimelineEventType.RECORDING_STARTED;
			recording = footage ? Math.max(0, recording + (started ? 1 : -1)) : started ? 1 : 0;
		}
		if (recording == 0 && end.isAfter(cursor)) {
			off.add(new Instant[] { cursor, end });
		}
		return off;
	}

	/** Whether the officer's camera intervals come from footage (some clip of his camera is on the timeline). */
	private boolean fromFootage(OfficerId officer) {
		return timeline.stream()
			.anyMatch(entry -> entry.type().camera() && entry.fromFootage() && officer.equals(entry.officer()));
	}

	private Optional<TimelineEntry> engagement() {
		return timeline.stream().filter(entry -> entry.type() == TimelineEventType.STEP_DONE
				&& ENGAGEMENT_STEPS.contains(entry.stepCode()))
			.findFirst();
	}

	private Optional<TimelineEntry> first(TimelineEventType type) {
		return timeline.stream().filter(entry -> entry.type() == type).findFirst();
	}
}
