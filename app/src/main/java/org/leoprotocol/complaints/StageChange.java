package org.leoprotocol.complaints;

import java.time.Instant;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * One step of a complaint's public progress; the note is written for the person who filed it, in English or the staff
 * member's words, with a message key and argument when Leo wrote it (see {@link StageNote}).
 */
public record StageChange(Stage stage, Instant changedAt, String note, String noteKey, String noteArgument) {

	/** The note in the reader's language where Leo wrote it, otherwise as written; empty when there is none. */
	public String note(MessageSource texts, Locale language) {
		if (noteKey != null) {
			return texts.getMessage(noteKey, new Object[] { noteArgument }, note == null ? "" : note, language);
		}
		return note == null ? "" : note;
	}
}
