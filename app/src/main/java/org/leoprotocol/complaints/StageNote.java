package org.leoprotocol.complaints;

/**
 * The note a move to a new stage leaves for the person who filed. Staff write theirs in their own words, which are
 * shown as written; Leo's own notes name a message key (with one argument, such as the case number) so the status page
 * and the status mail can say them in the reader's language, and keep the English text for the staff record.
 */
public record StageNote(String text, String key, String argument) {

	public static StageNote written(String text) {
		return new StageNote(text, null, null);
	}

	public static StageNote explained(String key, String argument, String english) {
		return new StageNote(english, key, argument);
	}
}
