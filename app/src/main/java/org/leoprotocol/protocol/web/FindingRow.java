package org.leoprotocol.protocol.web;

/**
 * A finding recorded on an incident as its page lists it: what kind, what was found, by which officer and when.
 */
public record FindingRow(String kind, String summary, String officer, String recordedAt) {
}
