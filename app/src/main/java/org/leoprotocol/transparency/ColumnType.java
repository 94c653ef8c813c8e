package org.leoprotocol.transparency;

/** What a column of a published table holds, and so how the redaction gate lets it out. */
public enum ColumnType {
	/** A calendar year. */
	YEAR,
	/** A code from a closed list: a unit, a category, a finding, an incident kind. */
	CODE,
	/** A measured amount (days, minutes) that names no one by itself. */
	NUMBER,
	/**
	 * How many: shown as {@code <5} from 1 to 4 (small-cell suppression,
	 * {@link org.leoprotocol.shared.PublishedCount}).
	 */
	COUNT,
	/** An officer, shown by name, by pseudonym or not at all as the publication policy says. */
	OFFICER
}
