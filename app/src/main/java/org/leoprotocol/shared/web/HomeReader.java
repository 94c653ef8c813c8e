package org.leoprotocol.shared.web;

import java.time.Instant;

import org.springframework.security.core.Authentication;

/**
 * Who is reading the home page and in which language: the signed-in staff member (for the modules' own need-to-know
 * checks) and the page's {@link Chrome} (texts in the reader's language, times in the agency's zone, labelled).
 */
public record HomeReader(Authentication user, Chrome page) {

	public String username() {
		return user.getName();
	}

	/** Whether the reader holds the role, named as in {@code org.leoprotocol.access.Role}. */
	public boolean has(String role) {
		return page.hasRole(role);
	}

	public String t(String key, Object... arguments) {
		return page.t(key, arguments);
	}

	public String when(Instant instant) {
		return page.when(instant);
	}
}
