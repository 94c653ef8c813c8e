package org.leoprotocol.protocol.reunification;

/**
 * The identity document a claimant showed: its type, who issued it and only its last four characters, so the record
 * never holds a full document number.
 */
record DocumentRequest(String type, String issuer, String lastFour) {
}
