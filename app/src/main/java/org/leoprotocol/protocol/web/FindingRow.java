package org.leoprotocol.protocol.web;

import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * A finding recorded on an incident as its page lists it: what kind (a word of the reader's language), what was found
 * (a sentence in the reader's language), by which officer and when.
 */
public record FindingRow(Phrase kind, Sentence summary, String officer, String recordedAt) {
}
