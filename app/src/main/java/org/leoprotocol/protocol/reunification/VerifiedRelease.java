package org.leoprotocol.protocol.reunification;

import java.time.Instant;

/** A release as stored: the verification it rests on, when it happened and who recorded it. */
public record VerifiedRelease(ReleaseVerification verification, Instant releasedAt, String recordedBy) {
}
