package org.leoprotocol.complaints;

import org.leoprotocol.shared.web.Explained;

import org.springframework.security.access.AccessDeniedException;

/** An officer named in a complaint tried to read it: its subject never learns who complained. */
public class NamedInComplaintRefused extends AccessDeniedException implements Explained {

	private final transient ComplaintId complaint;

	NamedInComplaintRefused(ComplaintId complaint) {
		super("You are named in complaint " + complaint
				+ "; its subject never reads who complained or witnessed. The attempt has been recorded.");
		this.complaint = complaint;
	}

	@Override
	public String messageKey() {
		return "complaints.subject.refused";
	}

	@Override
	public Object[] messageArguments() {
		return new Object[] { complaint.toString() };
	}
}
