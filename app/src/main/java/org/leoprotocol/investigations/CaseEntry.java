package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.UUID;

import org.leoprotocol.shared.InvalidInput;

/**
 * Something added to a case file: a statement taken in an interview, or a typed reference to another record chosen from
 * the records themselves (never typed as free text): an evidence item (its id), an incident (its id), a protocol
 * finding against an officer of the case (its id) or an earlier case (its number). {@code CaseReferences} checks that
 * the record exists and that the staff member may see it.
 *
 * @param personRole for a statement, who gave it: witness, complainant, subject officer
 * @param personName for a statement, the person's name; protected like every identity in a case file
 */
public record CaseEntry(UUID id, Kind kind, String reference, String personRole, String personName, String content,
		String recordedBy, Instant recordedAt) {

	/** The kinds of entry a case file holds. */
	public enum Kind {
		STATEMENT, EVIDENCE, PROTOCOL_FINDING, PRIOR_CASE, INCIDENT
	}

	static final int MAX_CONTENT = 20_000;

	/** A new entry recorded now, refused when a field is missing or over its limit. */
	public static CaseEntry checked(Kind kind, String reference, String personRole, String personName, String content,
			String recordedBy, Instant at) {
		if (kind == null) {
			throw new InvalidInput("investigations.refused.entry.kind", java.util.Arrays.toString(Kind.values()));
		}
		if (content == null || content.isBlank() || content.length() > MAX_CONTENT) {
			throw new InvalidInput("investigations.refused.entry.content", String.valueOf(MAX_CONTENT));
		}
		if (kind == Kind.STATEMENT
				&& (personName == null || personName.isBlank() || personRole == null || personRole.isBlank())) {
			throw new InvalidInput("investigations.refused.entry.person");
		}
		if (kind != Kind.STATEMENT && (reference == null || reference.isBlank() || reference.length() > 200)) {
			throw new InvalidInput("investigations.refused.entry.reference");
		}
		return new CaseEntry(UUID.randomUUID(), kind, strip(reference), strip(personRole), strip(personName),
				content.strip(), recordedBy, at);
	}

	private static String strip(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
