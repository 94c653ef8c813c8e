package org.leoprotocol.investigations.board;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The public minutes of a decided hearing: case number, purpose, date, who attended by role only, the tally and the
 * decision, and the minutes text with every name, email address and phone number the case knows removed.
 */
public record PublicMinutes(String caseNumber, String purpose, Instant heldAt, List<String> attendeeRoles,
		Map<String, Long> tally, boolean unanimous, String decision, String minutes) {
}
