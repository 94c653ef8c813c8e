package org.leoprotocol.protocol;

import java.time.Instant;

/** A release as stored: the verification it rests on, when it happened and who recorded it. */
public record VerifiedRelease(ReleaseVerification verification, Instant releasedAt, String recordedBy) {
}
