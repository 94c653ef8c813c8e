package org.leoprotocol.earlywarning.web;

import java.util.List;

/**
 * The flag list, filtered by review status ({@code ""} for every flag under review), and above it the flags whose
 * follow-up date has come: the monitoring after an intervention.
 */
public record FlagListView(String status, List<String> statuses, List<FlagRow> flags, List<FlagRow> followUpsDue,
		List<ModelCardLink> modelCards) {
}
