package org.leoprotocol.investigations;

/**
 * The canonical outcome of one allegation. Agencies use their own words (CCRB "Substantiated", LASD "Founded", COPA
 * "Administratively closed"); Leo stores the agency's code beside the canonical finding and never folds one canonical
 * finding into another, least of all {@link #NOT_SUSTAINED} into {@link #EXONERATED} or {@link #UNFOUNDED} (see the NJ
 * Attorney General's Internal Affairs Policy & Procedures, which defines not sustained as unable to produce enough
 * evidence to decide whether the alleged act occurred).
 */
public enum Finding {
	/** The evidence proves the act occurred and violated policy. */
	SUSTAINED("Sustained"),
	/** The investigation could not produce enough evidence to prove or disprove the allegation. */
	NOT_SUSTAINED("Not sustained"),
	/** The act occurred but was lawful and within policy. */
	EXONERATED("Exonerated"),
	/** The act did not occur, or the officer was not involved. */
	UNFOUNDED("Unfounded"),
	/** Closed without a decision on the merits (officer unidentified, complaint withdrawn...); needs a reason. */
	CLOSED_NO_FINDING("Closed without finding"),
	/** Resolved by mediation between the person and the officer, by agreement of both. */
	MEDIATED("Mediated");

	private final String label;

	Finding(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	public boolean needsReason() {
		return this == CLOSED_NO_FINDING;
	}
}
