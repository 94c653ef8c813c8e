package org.leoprotocol.complaints;

import java.time.Instant;
import java.util.List;

/** What the holder of a tracking code and access key may see: the stages and their times, nothing about anyone. */
public record PublicStatus(String trackingCode, Kind kind, Stage stage, Instant receivedAt, List<StageChange> history) {
}
