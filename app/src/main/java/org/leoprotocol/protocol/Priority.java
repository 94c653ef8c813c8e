package org.leoprotocol.protocol;

/** How urgently an incident is worked. Higher priorities come later, so the highest of several reasons wins. */
public enum Priority {
	/** No risk factor recorded; the protocol's clocks still run. */
	STANDARD,
	/** At risk: supervisor and investigator are alerted and the response is scaled (NCMEC unusual circumstances). */
	HIGH,
	/** Real and immediate danger (College of Policing APP "high risk"): every resource at once. */
	CRITICAL;

	public Priority atLeast(Priority other) {
		return compareTo(other) >= 0 ? this : other;
	}
}
