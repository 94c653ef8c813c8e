package org.leoprotocol.personnel;

import java.util.List;

/** The people a matter reached and the rung they hold, which is above the one asked for when nobody held that. */
public record Supervisors(Supervision rung, List<OfficerId> officers) {

	public Supervisors {
		officers = List.copyOf(officers);
	}
}
