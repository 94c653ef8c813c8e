package org.leoprotocol.personnel.web;

import java.util.List;

/** The roster page: what was searched for and the officers found (at most {@code limit}). */
public record OfficerListView(String query, String status, List<String> statuses, List<OfficerRow> officers,
		int limit) {

	public boolean truncated() {
		return officers.size() >= limit;
	}
}
