package org.leoprotocol.protocol.web;

/** An issued broadcast and where to export it as CAP 1.2. */
public record BroadcastRow(String text, String capPath) {
}
