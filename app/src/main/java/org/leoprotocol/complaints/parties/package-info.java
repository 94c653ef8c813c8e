/**
 * Who a complaint concerns, for the cross-cutting policies: its parties for the conflict-of-interest check and its
 * people for the redaction gate.
 */
package org.leoprotocol.complaints.parties;
