package org.leoprotocol.evidence;

/**
 * Who may use which evidence requests, as Spring Security expressions shared by the pages and the JSON APIs of every
 * evidence concept: handling evidence is for sworn and investigating staff, managing case links and need to know for
 * investigators and command, retention for the records officers (investigators and command).
 */
public final class EvidenceRoles {

	/** Sees the items one has a need to know of, and their chain of custody. */
	public static final String HANDLES_EVIDENCE = "hasAnyRole('OFFICER','SUPERVISOR','INVESTIGATOR','REVIEW_BOARD','COMMAND')";

	/** Takes evidence into custody. */
	public static final String MAY_UPLOAD = "hasAnyRole('OFFICER','SUPERVISOR','INVESTIGATOR','COMMAND')";

	/** Links items to cases, declares need to know and makes exports. */
	public static final String MAY_MANAGE_CASES = "hasAnyRole('INVESTIGATOR','COMMAND')";

	/** Keeps the retention categories, legal holds and the sweep. */
	public static final String RECORDS_OFFICERS = "hasAnyRole('INVESTIGATOR','COMMAND')";

	private EvidenceRoles() {
	}
}
