package org.leoprotocol.evidence.bodycamera;

/** Whether and how a clip was placed in time. */
enum ClipPlacement {
	PLACED, PLACED_WITH_DECLARED_OFFICER, NO_START, UNREADABLE, NO_LENGTH, NO_DEVICE, NO_OFFICER;

	boolean placed() {
		return this == PLACED || this == PLACED_WITH_DECLARED_OFFICER;
	}
}
