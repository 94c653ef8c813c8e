package org.leoprotocol.transparency.web;

/** A choice in a filter: the value sent and the text shown. */
public record Option(String value, String label, boolean selected) {
}
