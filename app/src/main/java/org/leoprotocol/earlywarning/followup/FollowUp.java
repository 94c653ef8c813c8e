package org.leoprotocol.earlywarning.followup;

import java.time.LocalDate;
import java.util.UUID;

import org.leoprotocol.personnel.OfficerId;

/**
 * A flag's follow-up: the officer by badge and, when on this agency's roster, by id (an imported history may name
 * officers of other agencies), the day, and the supervisor who acknowledged the flag and planned it.
 */
record FollowUp(UUID flagId, String badgeNumber, OfficerId rosterOfficer, LocalDate on, String reviewer) {
}
