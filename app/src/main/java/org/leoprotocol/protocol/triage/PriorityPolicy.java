package org.leoprotocol.protocol.triage;

import java.util.Optional;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.incident.PersonAtRisk;

/** One rule that may raise an incident's priority; each rule cites the policy or statute it implements. */
interface PriorityPolicy {

	Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person);
}
