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
	FINDING_RECORDED(Source.PROTOCOL);

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
