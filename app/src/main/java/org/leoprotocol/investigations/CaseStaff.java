package org.leoprotocol.investigations;

import org.springframework.security.core.Authentication;

/**
 * Who works cases: internal-affairs investigators and command staff. Command alone orders personnel actions, adjusts a
 * case's deadline and reads every investigator's caseload.
 */
public final class CaseStaff {

	/** The roles that may open and work a case, as the pages' and API's {@code @PreAuthorize} expression. */
	public static final String ROLES = "hasAnyRole('INVESTIGATOR','COMMAND')";

	private CaseStaff() {
	}

	/** Whether the signed-in user is command staff. */
	public static boolean isCommand(Authentication user) {
		return user.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_COMMAND"));
	}
}
