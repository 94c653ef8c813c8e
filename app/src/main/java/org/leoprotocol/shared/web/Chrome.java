package org.leoprotocol.shared.web;

import java.time.Instant;
import java.util.Set;

import org.leoprotocol.shared.AgencyTime;

/**
 * The frame of every page: the agency, who is signed in and with which roles, the CSRF token that forms and htmx
 * requests send back, and the page's texts and times in the visitor's language and the agency's time zone.
 *
 * @param user the signed-in staff member's user name, or {@code null} for a public visitor
 */
public record Chrome(String agencyName, String user, Set<String> roles, String csrfParameter, String csrfHeader,
		String csrfToken, boolean demo, String path, Localizer text, AgencyTime time) {

	/** A text of the page in the visitor's language. */
	public String t(String key, Object... arguments) {
		return text.text(key, arguments);
	}

	/** An instant in the agency's time zone with its abbreviation, in the visitor's language. */
	public String when(Instant instant) {
		return time.format(instant, text.locale());
	}

	/** The agency's IANA time-zone id, for labels of fields that take a local time. */
	public String timeZone() {
		return time.zone().getId();
	}

	/** The page's language, for {@code <html lang>}. */
	public String language() {
		return Languages.supported(text.locale()).getLanguage();
	}

	public boolean signedIn() {
		return user != null;
	}

	public boolean hasRole(String role) {
		return roles.contains(role);
	}

	public boolean hasAnyRole(String... wanted) {
		for (String role : wanted) {
			if (roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	public boolean at(String prefix) {
		return path != null && path.startsWith(prefix);
	}
}
