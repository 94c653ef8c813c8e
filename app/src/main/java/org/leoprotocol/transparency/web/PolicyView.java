package org.leoprotocol.transparency.web;

import java.util.List;

/** The publication policy for the staff page: each field with its mode, who changed it last and when. */
public record PolicyView(List<Field> fields, List<String> modes, String notice) {

	/** One field of the policy. */
	public record Field(String name, String label, String mode, String changed) {
	}
}
