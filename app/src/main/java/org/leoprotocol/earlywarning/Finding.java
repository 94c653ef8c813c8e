package org.leoprotocol.earlywarning;

/**
 * Leo's canonical finding on one allegation against one officer. Agencies name these differently (NYC CCRB says
 * "Substantiated" and "Unsubstantiated", Chicago COPA "Sustained" and "Not Sustained", LASD "Founded" and
 * "Unresolved"); an import maps each agency's codes onto these and keeps the original code beside them (the agencies'
 * own definitions, such as the NJ Attorney General's Internal Affairs Policy & Procedures).
 */
public enum Finding {
	/** The alleged conduct occurred and violated policy. */
	SUSTAINED,
	/**
	 * Insufficient evidence to prove or disprove the allegation. Not an acquittal: repeated not-sustained complaints
	 * carry about 40 % of the predictive signal of an officer's complaint record (Crime Lab, NBER w32432), which is why
	 * early warning counts them.
	 */
	NOT_SUSTAINED,
	/** The conduct occurred but was lawful and within policy. */
	EXONERATED,
	/** The conduct did not occur. */
	UNFOUNDED,
	/** Closed without a decision on the merits: complainant unavailable, officer unidentified, withdrawn. */
	CLOSED_NO_FINDING,
	/** Resolved by mediation between complainant and officer. */
	MEDIATED,
	/** Not closed yet, or not closed as of the date a question is asked about. */
	PENDING
}
