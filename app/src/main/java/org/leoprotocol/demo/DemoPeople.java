package org.leoprotocol.demo;

import java.util.List;

/**
 * The members of the public in the demo stories whose identity Leo must never publish: the lost children, the people
 * who complained or commended, the witnesses. Tests of public output read this list to prove that no page, download or
 * API answer of a demo instance names any of them.
 */
public final class DemoPeople {

	/** Leo Miller, 5, lost by the fountain (scenario 000). */
	public static final String LOST_CHILD = "Leo Miller";
	/** Malakai Tupou, 4, found walking alone by Deputy Rodriguez (scenario 001). */
	public static final String FOUND_CHILD = "Malakai Tupou";
	/** Leo's mother, who filed the complaint against Officer Miller. */
	public static final String COMPLAINANT = "Cora Miller";
	/** Malakai's mother, who commended Deputy Rodriguez. */
	public static final String COMMENDER = "Mele Tupou";
	/** Earlier complainants against Officer Miller, both closed not sustained. */
	public static final String EARLIER_COMPLAINANT = "Agnes Gable";
	public static final String OTHER_EARLIER_COMPLAINANT = "Mr. Henderson";
	/** The bystander who stayed with Leo; her statement is in the case file. */
	public static final String WITNESS = "Eleanor Vance";

	/**
	 * The word every generated complainant's, commender's and child's name of the demo department's past holds
	 * ("Fictitious complainant 12", "Fictitious child 12"): clearly invented, and protected like a real name.
	 */
	public static final String FICTITIOUS = "Fictitious";

	/**
	 * Every protected name (Mr. Henderson by his surname, the only name the story gives; the generated people by the
	 * word their names share), for tests that crawl public output.
	 */
	public static final List<String> PROTECTED = List.of(LOST_CHILD, FOUND_CHILD, COMPLAINANT, COMMENDER,
			EARLIER_COMPLAINANT,
			"Henderson", WITNESS, FICTITIOUS);

	private DemoPeople() {
	}
}
