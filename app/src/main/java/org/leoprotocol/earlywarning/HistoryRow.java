package org.leoprotocol.earlywarning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One allegation against one officer as an agency's file states it, already in Leo's vocabulary with the
 * agency's own codes kept. Ids are derived from the agency's natural keys, so importing the same row twice
 * addresses the same records.
 */
record HistoryRow(String agency, String officerExternalId, String badgeNumber, String firstName, String lastName,
		String rank, String unit, LocalDate hireDate, String complaintExternalId, LocalDate receivedOn, LocalDate closedOn,
		Category category, String categoryCode, String description, Finding finding, String findingCode) {

	UUID officerId() {
		return officerId(agency, officerExternalId);
	}

	UUID complaintId() {
		return id("complaint", agency, complaintExternalId);
	}

	/** The allegation's id; {@code occurrence} tells apart identical rows of one complaint (two complainants). */
	UUID allegationId(int occurrence) {
		return id("allegation", agency, complaintExternalId, officerExternalId, categoryCode, description,
				Integer.toString(occurrence));
	}

	String allegationKey() {
		return String.join("\u001f", complaintExternalId, officerExternalId, categoryCode, String.valueOf(description));
	}

	static UUID officerId(String agency, String externalId) {
		return id("officer", agency, externalId);
	}

	private static UUID id(String... parts) {
		return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
	}
}
