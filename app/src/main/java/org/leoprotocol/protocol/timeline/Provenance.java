package org.leoprotocol.protocol.timeline;

/** Where a timeline entry came from. */
public enum Provenance {
	/** Typed into Leo by a staff member (or recorded by Leo itself for its own acts). */
	LEO,
	/** Imported from the department's computer-aided dispatch system. */
	CAD,
	/** Read from body-camera footage in evidence: the file's own recording start and stop. */
	FOOTAGE
}
