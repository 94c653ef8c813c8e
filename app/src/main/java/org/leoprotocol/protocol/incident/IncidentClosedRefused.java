package org.leoprotocol.protocol.incident;

import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.shared.web.Explained;

/**
 * An incident read or acted on by a staff member with no need to know it: answered 403 in the API and on the incident
 * pages, in the reader's language; the attempt is in the audit trail.
 */
class IncidentClosedRefused extends RuntimeException implements Explained {

	private final transient IncidentId incident;

	IncidentClosedRefused(IncidentId incident) {
		super("Incident " + incident
				+ " is closed to you: officers see the incidents they take part in and their unit's open"
				+ " incidents, supervisors those of their chain of command. The attempt has been recorded.");
		this.incident = incident;
	}

	@Override
	public String messageKey() {
		return "needtoknow.incident.closed";
	}

	@Override
	public Object[] messageArguments() {
		return new Object[] { incident.toString() };
	}
}
