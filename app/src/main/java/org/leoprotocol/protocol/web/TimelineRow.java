package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;

/**
 * One timeline entry: what it records and where from as words of the reader's language, the detail as recorded (the
 * step's title and the words typed), the officer first recorded when an amendment named another ({@code amendedFrom},
 * empty otherwise); {@code origin} is the message key of where it came from (footage, by hand, dispatch), or empty.
 */
public record TimelineRow(String entry, String occurredAt, Phrase type, Phrase source, String officer,
		String device, String detail, String amendedFrom,
		String recordedBy, String origin) {
}
