package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What was known about one officer on {@code asOf}, and nothing later: only complaints received before the date count,
 * and a finding counts only if its complaint was closed before the date (otherwise it is PENDING), the leakage control
 * of the Crime Lab's NYPD study ({@code create_features_and_outcomes.py}). Complaint counts are distinct complaints
 * over 1, 2 and 5 years (the study's lookbacks); {@code peerPercentile} ranks the officer's complaints in the peer
 * window among officers of the same agency, rank and five-year band of service (CPDP-style percentiles; RAND's matched
 * peers are the ideal this approximates).
 *
 * @param thresholdComplaints complaints within the window of the complaint-threshold rule
 * @param repeatedCategory the category with the most distinct complaints closed NOT_SUSTAINED in the window of the
 * repeated-insufficient-evidence rule, or {@code null}
 * @param protocolFindings Leo's Protocol findings within the protocol rule's window; {@code protocolFindingsDescribed}
 * gives every one of them in words, oldest first, separated by "; "
 * @param peers how many officers are in the peer group, this one included
 */
public record Indicators(UUID officerId, String agency, String externalId, String badgeNumber, String name, String rank,
		String unit, UUID rosterOfficerId, LocalDate asOf, int complaints1y, int complaints2y, int complaints5y,
		int thresholdComplaints, int peerComplaints, int sustained5y, int notSustained2y, String repeatedCategory,
		int repeatedComplaints, int protocolFindings, String protocolFindingsDescribed, int commendations2y,
		double peerPercentile, int peers) {

	public String label() {
		String who = name == null || name.isBlank() ? "officer " + externalId : name;
		return who + (badgeNumber == null ? "" : " (badge " + badgeNumber + ")") + " · " + agency;
	}
}
