package org.leoprotocol.personnel;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an officer across modules; other modules hold this, never an {@link Officer}. */
public record OfficerId(@JsonValue UUID value) {

	public static OfficerId random() {
		return new OfficerId(UUID.randomUUID());
	}

	public static OfficerId of(String value) {
		return new OfficerId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
