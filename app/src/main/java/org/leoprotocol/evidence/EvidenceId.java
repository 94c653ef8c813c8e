package org.leoprotocol.evidence;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.leoprotocol.shared.InvalidInput;

/** Identifies an evidence item for as long as any record of it exists, including after its deletion. */
public record EvidenceId(@JsonValue UUID value) {

	public static EvidenceId random() {
		return new EvidenceId(UUID.randomUUID());
	}

	public static EvidenceId of(String value) {
		try {
			return new EvidenceId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("evidence.id.invalid", value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
