package org.leoprotocol.complaints;

import org.leoprotocol.shared.NotPermitted;

/** An officer named in a complaint tried to read it: its subject never learns who complained. */
public class NamedInComplaintRefused extends NotPermitted {

	private static final long serialVersionUID = 1L;

	NamedInComplaintRefused(ComplaintId complaint) {
		super("complaints.subject.refused", complaint.toString());
	}
}
