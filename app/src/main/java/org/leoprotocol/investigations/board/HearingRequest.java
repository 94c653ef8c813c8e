package org.leoprotocol.investigations.board;

import java.time.Instant;
import java.util.List;

import org.leoprotocol.investigations.Hearing;

/** A hearing as held; the subject officer (for a disciplinary hearing) by badge number. */
record HearingRequest(Hearing.Purpose purpose, String subjectBadge, Instant heldAt,
		List<Hearing.Attendee> attendees,
		String presented, String minutes) {
}
