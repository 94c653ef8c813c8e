package org.leoprotocol.protocol.web;

/**
 * What the reader of an incident page may still record after the response: decisions until a supervisor closes the
 * incident (a referral to child protective services is often decided after the release), and whether the reader may
 * close it now.
 */
public record Closing(boolean mayDecide, boolean mayClose) {
}
