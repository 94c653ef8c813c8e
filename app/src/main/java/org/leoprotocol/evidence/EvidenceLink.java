package org.leoprotocol.evidence;

import java.time.Instant;

import org.leoprotocol.personnel.OfficerId;

/**
 * A link from an item to a case or incident of another module, by opaque reference. A case link may name the officer
 * the case investigates ({@code subject}): that officer is then refused the item.
 */
public record EvidenceLink(LinkKind kind, String reference, OfficerId subject, Instant linkedAt, String linkedBy) {
}
