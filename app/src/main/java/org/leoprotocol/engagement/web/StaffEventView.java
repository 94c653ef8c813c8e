package org.leoprotocol.engagement.web;

import java.util.List;

/** One event for command staff: the edit form, who registered (audited) and the comments left after it. */
public record StaffEventView(String id, String title, FormValues form, List<Registrant> registrants,
		List<String> comments,
		String notice) {

	/** A registration with the person's name and address; staff only. */
	public record Registrant(String name, String email, int partySize, String status, String registeredAt) {
	}
}
