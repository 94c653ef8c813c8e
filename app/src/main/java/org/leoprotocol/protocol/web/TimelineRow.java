package org.leoprotocol.protocol.web;

/**
 * One timeline entry; {@code origin} is the message key of where it came from (footage, by hand, dispatch), or empty.
 */
public record TimelineRow(String entry, String occurredAt, String type, String source, String officer,
		String device, String detail,
		String recordedBy, String origin) {
}
