package org.leoprotocol.evidence.web;

/** One entry of the chain of custody. */
public record CustodyRow(long position, String when, String action, String actor, String detail) {
}
