package org.leoprotocol.earlywarning.web;

import java.time.LocalDate;

/**
 * A protocol finding or commendation on the officer's record: its kind in the reader's language (or as typed), its
 * description as stored, and the reason a withdrawn finding was withdrawn for, as given ({@code null} when it stands).
 */
public record RecordEntry(LocalDate on, String kind, String description, String withdrawn) {

	public RecordEntry(LocalDate on, String kind, String description) {
		this(on, kind, description, null);
	}
}
