package org.leoprotocol.protocol;

import java.util.Optional;

/** One rule that may raise an incident's priority; each rule cites the policy or statute it implements. */
interface PriorityPolicy {

	Optional<PriorityReason> assess(IncidentKind kind, PersonAtRisk person);
}
