package org.leoprotocol.protocol;

/** What a timeline entry records, grouped by where it comes from: dispatch, the protocol itself, or a body camera. */
public enum TimelineEventType {
	REPORT_RECEIVED(Source.PROTOCOL),
	ASSIGNED(Source.DISPATCH),
	ARRIVED(Source.DISPATCH),
	CLEARED(Source.DISPATCH),
	RECORDING_STARTED(Source.BODY_CAMERA),
	RECORDING_STOPPED(Source.BODY_CAMERA),
	STEP_DONE(Source.PROTOCOL),
	ESCALATION_RAISED(Source.PROTOCOL),
	BROADCAST_ISSUED(Source.PROTOCOL),
	RELEASE_VERIFIED(Source.PROTOCOL),
	DECISION_RECORDED(Source.PROTOCOL),
	FINDING_RECORDED(Source.PROTOCOL),
	/** An approved amendment named the officer who really performed an earlier entry. */
	RECORD_AMENDED(Source.PROTOCOL),
	/** A finding the amended record no longer supports; it stays on record, marked withdrawn. */
	FINDING_WITHDRAWN(Source.PROTOCOL),
	/** A person reached by an escalation said they have seen it. */
	ESCALATION_ACKNOWLEDGED(Source.PROTOCOL),
	/** Nobody acknowledged an escalation in time, so it went to the next rung of the chain of command. */
	ESCALATION_PASSED_ON(Source.PROTOCOL),
	/** A supervisor closed the incident's record after the release and the decisions that follow it. */
	INCIDENT_CLOSED(Source.PROTOCOL);

	/** Where an entry comes from. */
	public enum Source {
		DISPATCH, PROTOCOL, BODY_CAMERA
	}

	private final Source source;

	TimelineEventType(Source source) {
		this.source = source;
	}

	public Source source() {
		return source;
	}

	public boolean dispatch() {
		return source == Source.DISPATCH;
	}

	public boolean camera() {
		return source == Source.BODY_CAMERA;
	}
}
