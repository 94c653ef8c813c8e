package org.leoprotocol.earlywarning.history;

import java.util.UUID;

/** An allegation row with the id its occurrence in the file gives it. */
public record NumberedAllegation(UUID id, HistoryRow row) {
}
