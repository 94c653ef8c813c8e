package org.leoprotocol.evidence.web;

/** A retention category as the form offers it: its code and its name in the reader's language. */
public record CategoryOption(String code, String name) {
}
