package org.leoprotocol.protocol.incident;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.IncidentKind;

/**
 * What it takes to open an incident. There is no minimum time since the person was last seen: a report is taken at
 * once, whatever {@code lastSeenAt} says (34 U.S.C. 41308(a)(1)).
 *
 * @param reportedAt when the report was received; now when empty
 * @param responsibleOfficer the officer responsible from the start, if already known
 */
@org.springframework.modulith.NamedInterface("incidents")
public record NewIncident(IncidentKind kind, String location, Instant reportedAt, Instant lastSeenAt,
		PersonAtRisk person,
		OfficerId responsibleOfficer) {
}
