package org.leoprotocol.protocol;

import java.util.Locale;

/** How the person is when staff first see or hear of them; a medical emergency makes the incident critical. */
public enum Condition {
	UNKNOWN,
	UNHARMED,
	DISTRESSED,
	DISORIENTED,
	INJURED,
	MEDICAL_EMERGENCY;

	public String label() {
		return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
	}
}
