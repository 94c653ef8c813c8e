package org.leoprotocol.investigations;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.leoprotocol.shared.InvalidInput;

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
			throw new InvalidInput("investigations.refused.allegation.id", text);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
