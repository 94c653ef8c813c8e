package org.leoprotocol.evidence.web;

/** A link to a case or incident. */
public record LinkRow(String kind, String reference, String subject, String linkedAt, String linkedBy) {
}
