package org.leoprotocol.personnel.duty;

import org.leoprotocol.personnel.Supervision;

/** What an officer does on a shift: supervise a squad as its sergeant, command the watch, or serve as an officer. */
public enum Post {
	/** The sergeant in charge of the unit for the shift: the first-line supervisor. */
	SUPERVISOR,
	/** The lieutenant commanding the watch: the unit and everything below it for the shift. */
	WATCH_COMMANDER,
	/** An officer on patrol or at a desk, supervising nobody. */
	OFFICER;

	/** The post that holds a rung on duty; command staff hold no post, they are reached on duty or not. */
	public static Post holding(Supervision rung) {
		return switch (rung) {
			case SUPERVISOR -> SUPERVISOR;
			case WATCH_COMMANDER -> WATCH_COMMANDER;
			case COMMAND -> throw new IllegalArgumentException("Command is reached by rank, not by post");
		};
	}
}
