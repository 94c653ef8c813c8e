package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;

/**
 * A finding recorded on an incident as its page lists it: what kind (a word of the reader's language), what was found,
 * by which officer and when.
 */
public record FindingRow(Phrase kind, String summary, String officer, String recordedAt) {
}
