package org.leoprotocol.evidence.web;

/** One item in the retention report. */
public record RetentionRow(String id, String fileName, String categories, String retainUntil, String heldBy,
		String state,
		String deletionDue) {
}
