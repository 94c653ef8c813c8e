package org.leoprotocol.conflicts;

/**
 * A record the policy is asked about: its kind, its id, and the case it belongs to when it is part of one (an
 * allegation, a finding, a hearing, a vote, a personnel action or a case's evidence), by case id or case number.
 */
public record RecordRef(RecordKind kind, String id, String caseKey) {

	public RecordRef {
		if (kind == null || id == null || id.isBlank()) {
			throw new IllegalArgumentException("A record needs its kind and id");
		}
	}

	public static RecordRef of(RecordKind kind, Object id) {
		return new RecordRef(kind, id.toString(), null);
	}

	/** A record that belongs to a case. */
	public static RecordRef inCase(RecordKind kind, Object id, Object caseKey) {
		return new RecordRef(kind, id.toString(), caseKey == null ? null : caseKey.toString());
	}
}
