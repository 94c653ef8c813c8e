package org.leoprotocol.investigations;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one allegation: one officer, one category of misconduct. */
public record AllegationId(@JsonValue UUID value) {

	public static AllegationId random() {
		return new AllegationId(UUID.randomUUID());
	}

	public static AllegationId parse(String text) {
		try {
			return new AllegationId(UUID.fromString(text));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new IllegalArgumentException("'" + text + "' is not an allegation id");
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
