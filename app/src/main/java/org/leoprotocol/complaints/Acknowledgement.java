package org.leoprotocol.complaints;

import java.time.Instant;

/**
 * What the person who filed receives once the submission is stored: the tracking code and the access key that together
 * open the status page. The key is shown only here; Leo keeps a hash of it.
 *
 * @param repeated the submission had been received before (same idempotency key); nothing new was stored
 */
public record Acknowledgement(String trackingCode, String accessKey, Kind kind, Instant receivedAt, boolean repeated) {
}
