package org.leoprotocol.protocol.definition;

/** The event a step's deadline counts from; a step's clock starts only when its anchor has happened. */
@org.springframework.modulith.NamedInterface("definition")
public enum Anchor {
	/** The report reached the agency (call received, or the officer came upon the person). */
	REPORT_RECEIVED,
	/** A unit was assigned to the incident. */
	UNIT_ASSIGNED,
	/** The first unit arrived on scene. */
	UNIT_ARRIVED
}
