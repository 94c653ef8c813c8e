package org.leoprotocol.protocol.web;

/** One incident in a list: enough to see how urgent it is and open it; never the person's name. */
public record IncidentRow(String id, String kind, String priority, String age, String location, String reportedAt,
		String status, String officer) {
}
