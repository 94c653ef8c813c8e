package org.leoprotocol.protocol.reunification;

/** Why a supervisor closes a resolved incident's record; the reason is optional. */
record CloseRequest(String reason) {
}
