package org.leoprotocol.personnel;

/** The rungs of the chain of command that Leo tells when something needs a superior's attention, lowest first. */
public enum Supervision {
	/** The first-line supervisor (sergeant) on duty over the officer's unit. */
	SUPERVISOR,
	/** The watch commander (lieutenant) on duty. */
	WATCH_COMMANDER,
	/** The agency's command staff, reached on duty or not. */
	COMMAND;

	/** The rung above, or this one at the top. */
	public Supervision above() {
		return switch (this) {
			case SUPERVISOR -> WATCH_COMMANDER;
			case WATCH_COMMANDER, COMMAND -> COMMAND;
		};
	}
}
