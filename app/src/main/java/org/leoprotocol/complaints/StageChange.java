package org.leoprotocol.complaints;

import java.time.Instant;

/** One step of a complaint's public progress; the note is written for the person who filed it. */
public record StageChange(Stage stage, Instant changedAt, String note) {
}
