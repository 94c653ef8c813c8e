package org.leoprotocol.protocol.web;

/** An amendment as listed: which entry, from whom to whom, why, and who proposed and approved it. */
public record AmendmentRow(String id, String entry, String from, String to, String reason, boolean approved,
		String proposed, String approvedBy) {
}
