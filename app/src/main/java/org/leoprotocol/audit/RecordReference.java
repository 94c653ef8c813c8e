package org.leoprotocol.audit;

import java.util.Objects;

/**
 * The protected record an event concerns, by type and identifier, never by content: the audit trail must not become a
 * second copy of what it guards.
 */
public record RecordReference(String type, String id) {

	public RecordReference {
		Objects.requireNonNull(type, "type");
	}

	public static RecordReference of(String type, Object id) {
		return new RecordReference(type, id == null ? null : id.toString());
	}

	public static RecordReference none() {
		return new RecordReference("-", null);
	}
}
