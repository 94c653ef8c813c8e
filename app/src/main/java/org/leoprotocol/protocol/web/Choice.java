package org.leoprotocol.protocol.web;

/** One option of a select or checkbox list. */
public record Choice(String value, String label) {
}
