package org.leoprotocol.protocol;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.leoprotocol.shared.InvalidInput;

/** Identifies an incident across modules. */
public record IncidentId(@JsonValue UUID value) {

	public static IncidentId random() {
		return new IncidentId(UUID.randomUUID());
	}

	public static IncidentId of(String value) {
		try {
			return new IncidentId(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("protocol.incident.id.invalid", value);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
