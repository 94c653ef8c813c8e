package org.leoprotocol.earlywarning.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import org.leoprotocol.earlywarning.Category;
import org.leoprotocol.earlywarning.Finding;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One allegation against one officer as an agency's file states it, already in Leo's vocabulary with the agency's own
 * codes kept. Ids are derived from the agency's natural keys, so importing the same row twice addresses the same
 * records. When the export has separate complaint and roster files, {@code officer} and {@code complaint} are
 * references by id, and their details come from those files.
 */
public record HistoryRow(ImportedOfficer officer, ImportedComplaint complaint, Category category, String categoryCode,
		String description, Finding finding, String findingCode) {

	String agency() {
		return officer.agency();
	}

	String officerExternalId() {
		return officer.externalId();
	}

	String badgeNumber() {
		return officer.badgeNumber();
	}

	LocalDate hireDate() {
		return officer.appointedOn();
	}

	LocalDate receivedOn() {
		return complaint.receivedOn();
	}

	LocalDate closedOn() {
		return complaint.closedOn();
	}

	UUID officerId() {
		return officer.id();
	}

	UUID complaintId() {
		return complaint.id();
	}

	/** The allegation's id; {@code occurrence} tells apart identical rows of one complaint (two complainants). */
	public UUID allegationId(int occurrence) {
		return id("allegation", agency(), complaint.externalId(), officer.externalId(), categoryCode, description,
				Integer.toString(occurrence));
	}

	String allegationKey() {
		return String.join("\u001f", complaint.externalId(), officer.externalId(), categoryCode,
				String.valueOf(description));
	}

	public static UUID officerId(String agency, String externalId) {
		return id("officer", agency, externalId);
	}

	static UUID id(String... parts) {
		return UUID.nameUUIDFromBytes(String.join("\u001f", parts).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A row of an export that cannot be imported, and why, as a sentence of {@code i18n/historyimport} the
	 * administrator reads in their own language: an empty required cell, a date that is not one, a finding code the
	 * mapping does not name. The import rejects the row and goes on with the next; the message is for logs, and no
	 * stack trace is taken, since a file may refuse a million rows.
	 */
	static final class RowRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient Sentence reason;

		RowRefused(String key, Object... arguments) {
			super(key, null, false, false);
			this.reason = Sentence.ofText(key, arguments);
		}

		Sentence reason() {
			return reason;
		}
	}
}
