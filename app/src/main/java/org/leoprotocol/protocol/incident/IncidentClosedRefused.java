package org.leoprotocol.protocol.incident;

import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.shared.NotPermitted;

/**
 * An incident read or acted on by a staff member with no need to know it: answered 403 in the API and on the incident
 * pages, in the reader's language; the attempt is in the audit trail.
 */
class IncidentClosedRefused extends NotPermitted {

	private static final long serialVersionUID = 1L;

	IncidentClosedRefused(IncidentId incident) {
		super("needtoknow.incident.closed", incident.toString());
	}
}
