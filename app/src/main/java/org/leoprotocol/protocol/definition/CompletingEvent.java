package org.leoprotocol.protocol.definition;

/** An event that completes a step by itself, so nobody has to tick off what the record already shows. */
@org.springframework.modulith.NamedInterface("definition")
public enum CompletingEvent {
	/** A unit was assigned (dispatch). */
	ASSIGNED,
	/** A body camera started recording. */
	RECORDING_STARTED,
	/** A description broadcast was issued. */
	BROADCAST_ISSUED,
	/** The person was released to a verified claimant. */
	RELEASED
}
