package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.Locale;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.HistoricalEntry;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.definition.Anchor;
import org.leoprotocol.protocol.definition.CompletingEvent;
import org.leoprotocol.protocol.incident.IncidentSteps;
import org.leoprotocol.protocol.timeline.TimelineDetail;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;

/**
 * Appends an imported incident's entries, starting its step clocks' anchors and ticking off steps as they happened.
 * Every entry is marked as coming from CAD and recorded by the import ({@link #by}) at the time of the import
 * ({@link #now}).
 */
final class HistoricalTimeline {

	final String by;
	final Instant now;
	private final IncidentSteps incidentSteps;
	private final Timelines timelines;
	private final IncidentId id;
	private final ProtocolVersion version;

	HistoricalTimeline(IncidentSteps incidentSteps, Timelines timelines, IncidentId id, ProtocolVersion version,
			String by,
			Instant now) {
		this.incidentSteps = incidentSteps;
		this.timelines = timelines;
		this.id = id;
		this.version = version;
		this.by = by;
		this.now = now;
	}

	void add(TimelineEntry entry) {
		timelines.appendFromCad(id, entry);
	}

	void record(HistoricalEntry entry, OfficerId officer) {
		String note = entry.detail() == null || entry.detail().isBlank() ? null
				: TimelineDetail.typedAlone(entry.detail().strip());
		TimelineEventType type = entry.type();
		if (type == TimelineEventType.STEP_DONE) {
			if (incidentSteps.complete(id, entry.step().strip(), entry.at(), by, officer, null)) {
				add(new TimelineEntry(entry.at(), type, officer, null, entry.step().strip(), note, by, now));
			}
			return;
		}
		add(new TimelineEntry(entry.at(), type, officer, type.camera() ? entry.device().strip() : null, null, note,
				by, now));
		if (type == TimelineEventType.ASSIGNED || type == TimelineEventType.ARRIVED) {
			incidentSteps.startClocks(id, Anchor.UNIT_ASSIGNED, entry.at());
			completeBy(CompletingEvent.ASSIGNED, entry.at(), officer);
		}
		if (type == TimelineEventType.ARRIVED) {
			incidentSteps.startClocks(id, Anchor.UNIT_ARRIVED, entry.at());
		}
		if (type == TimelineEventType.RECORDING_STARTED) {
			completeBy(CompletingEvent.RECORDING_STARTED, entry.at(), officer);
		}
		if (type == TimelineEventType.BROADCAST_ISSUED) {
			completeBy(CompletingEvent.BROADCAST_ISSUED, entry.at(), officer);
		}
	}

	void completeBy(CompletingEvent event, Instant at, OfficerId officer) {
		for (StepClock step : incidentSteps.steps(id)) {
			boolean completes = version.step(step.code()).map(definition -> definition.completedBy() == event)
				.orElse(false);
			if (completes && !step.done() && incidentSteps.complete(id, step.code(), at, by, officer, null)) {
				add(new TimelineEntry(at, TimelineEventType.STEP_DONE, officer, null, step.code(),
						TimelineDetail.said("completed", event.name()), by, now));
			}
		}
	}
}
