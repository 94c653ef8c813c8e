package org.leoprotocol.evidence.web;

/** A labelled fact about the item, in the reader's language; {@code hash} marks a digest, shown in full. */
public record ItemFact(String label, String value, boolean hash) {
}
