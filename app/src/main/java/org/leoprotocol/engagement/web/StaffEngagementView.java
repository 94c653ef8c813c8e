package org.leoprotocol.engagement.web;

import java.util.List;

/**
 * The staff page: every event, the form to plan one, the form to invite someone to a survey after an incident, and the
 * unanswered invitations, each with a form to send a new link.
 */
public record StaffEngagementView(List<Row> events, boolean canPlan, boolean canInvite, FormValues eventForm,
		FormValues inviteForm, List<Invitation> invitations, FormValues linkForm, String notice) {

	/** An event in the staff list; the numbers are exact here, since staff may see them. */
	public record Row(String id, String title, String when, String place, int capacity, long placesLeft) {
	}

	/** An unanswered invitation; no address, since none is kept. */
	public record Invitation(String id, String incidentId, String invitedBy, String invitedAt, String expiresAt,
			boolean expired) {
	}

	/** Whether a refused new-link form belongs to this invitation, so its problem and input show on its row. */
	public boolean refusedFor(Invitation invitation) {
		return invitation.id().equals(linkForm.value("invitation"));
	}
}
