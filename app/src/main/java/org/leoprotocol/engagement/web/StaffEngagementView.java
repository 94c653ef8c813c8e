package org.leoprotocol.engagement.web;

import java.util.List;

/** The staff page: every event, the form to plan one, and the form to invite someone to a survey after an incident. */
public record StaffEngagementView(List<Row> events, boolean canPlan, boolean canInvite, FormValues eventForm,
		FormValues inviteForm, String notice) {

	/** An event in the staff list; the numbers are exact here, since staff may see them. */
	public record Row(String id, String title, String when, String place, int capacity, long placesLeft) {
	}
}
