package org.leoprotocol.investigations;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an investigation inside Leo; people refer to it by its case number. */
public record InvestigationId(@JsonValue UUID value) {

	public static InvestigationId random() {
		return new InvestigationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
