package org.leoprotocol.investigations.deadline;

/** Extends the clock by whole agency days, with the reason and the authority (and its reference) allowing it. */
record ExtensionRequest(Integer days, String reason, String authority, String reference) {
}
