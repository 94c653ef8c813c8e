package org.leoprotocol.investigations;

/**
 * Who works cases: internal-affairs investigators and command staff. Command alone orders personnel actions, adjusts a
 * case's deadline and reads every investigator's caseload.
 */
public final class CaseStaff {

	/** The roles that may open and work a case, as the pages' and API's {@code @PreAuthorize} expression. */
	public static final String ROLES = "hasAnyRole('INVESTIGATOR','COMMAND')";

	private CaseStaff() {
	}
}
