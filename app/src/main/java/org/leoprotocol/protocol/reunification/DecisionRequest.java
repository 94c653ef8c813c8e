package org.leoprotocol.protocol.reunification;

import org.leoprotocol.protocol.DecisionKind;

/** A decision taken after the response (e.g. a referral to child protective services), with its reason. */
record DecisionRequest(DecisionKind decision, String reason) {
}
