package org.leoprotocol.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A closed incident as a department's computer-aided dispatch (CAD) system recorded it, to be imported into Leo's
 * record with its own timestamps. Nothing in it is trusted until {@link org.leoprotocol.protocol.cad.CadImportCheck}
 * has read it: the person's name stays in protocol's protected fields like a live report's, and the claimant's document
 * keeps only its last four characters, enough to match it against the document shown at the release.
 *
 * @param cadNumber the incident number in the CAD system; importing the same number twice stores nothing
 * @param priority the CAD's priority class; Leo's own triage when empty
 * @param protocolVersion the version of Leo's Protocol the incident is measured against; the current one when empty
 * @param timeline what happened, in the order it happened: dispatch, body camera, steps done, broadcasts
 * @param escalations the escalations the department raised at the time
 * @param release the verified release, if there was one
 * @param decisions decisions recorded with their reasons, such as not referring a family to child protective services
 * @param resolvedAt when the incident was closed
 */
public record HistoricalIncident(String cadNumber, IncidentKind kind, Priority priority, Integer protocolVersion,
		Instant reportedAt, Instant lastSeenAt, String location, HistoricalPerson person,
		List<HistoricalEntry> timeline,
		List<RaisedEscalation> escalations, HistoricalRelease release, List<RecordedDecision> decisions,
		Instant resolvedAt) {

	/** The timeline types a CAD export can carry; escalations, releases and findings have their own fields. */
	public static final Set<TimelineEventType> TIMELINE_TYPES = Set.of(TimelineEventType.ASSIGNED,
			TimelineEventType.ARRIVED,
			TimelineEventType.CLEARED, TimelineEventType.RECORDING_STARTED, TimelineEventType.RECORDING_STOPPED,
			TimelineEventType.STEP_DONE, TimelineEventType.BROADCAST_ISSUED);

	public HistoricalIncident {
		timeline = timeline == null ? List.of() : List.copyOf(timeline);
		escalations = escalations == null ? List.of() : List.copyOf(escalations);
		decisions = decisions == null ? List.of() : List.copyOf(decisions);
	}

	/** The claimant's identity document: type, issuer and no more than the last four characters of its number. */
	public record Document(String type, String issuer, String lastFour) {
	}
}
