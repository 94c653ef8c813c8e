package org.leoprotocol.complaints;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonValue;

import org.leoprotocol.shared.InvalidInput;

/** Identifies a complaint or commendation inside Leo; never shown to the public, who use the tracking code. */
public record ComplaintId(@JsonValue UUID value) {

	public static ComplaintId random() {
		return new ComplaintId(UUID.randomUUID());
	}

	public static ComplaintId parse(String text) {
		try {
			return new ComplaintId(UUID.fromString(text));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("complaints.refused.id", text);
		}
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
