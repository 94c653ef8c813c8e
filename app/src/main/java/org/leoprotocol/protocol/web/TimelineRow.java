package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * One timeline entry: what it records and where from as words of the reader's language; its detail as the step's title
 * ({@code step}, empty if none), what Leo said about it ({@code said}, a sentence in the reader's language, or none)
 * and the words a person typed ({@code typed}, empty if none); the officer first recorded when an amendment named
 * another ({@code amendedFrom}, empty otherwise); {@code origin} is the message key of where it came from (footage, by
 * hand, dispatch), or empty.
 */
public record TimelineRow(String entry, String occurredAt, Phrase type, Phrase source, String officer,
		String device, String step, Sentence said, String typed, String amendedFrom,
		String recordedBy, String origin) {
}
