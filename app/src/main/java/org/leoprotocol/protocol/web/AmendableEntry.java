package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;

/**
 * A timeline entry an amendment may correct, as the amendment form offers it: its position, when it happened, what it
 * records (a word of the reader's language), the step it concerns (its title as the protocol names it, or empty) and
 * the officer the record names.
 */
public record AmendableEntry(String position, String occurredAt, Phrase type, String step, String officer) {
}
