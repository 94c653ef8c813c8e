package org.leoprotocol.shared;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who is acting on a request: the staff member, the roles they hold, the officer they are on the roster, the unit they
 * are on duty with at the moment of the request, and the program acting for them when the request came with one of
 * their API tokens. It is resolved once per request, from the session or the token, and handed to the facades, which
 * decide need-to-know, conflicts and separation of duties from it and name it in the records they keep. Work that no
 * person started (scheduled jobs, the demo, imports at start-up) acts as {@link #leo()}.
 *
 * @param username the staff account's name, as it appears in audit records and on the records the person keeps
 * @param roles what the person may do; roles do not imply one another
 * @param officer the person's officer on the roster, or {@code null} for civilian staff and Leo itself
 * @param onDutyUnit the unit the person is on duty with at the moment of the request, or {@code null} when off duty
 * @param program the name of the API token through which a program acts for the person, or {@code null} when the person
 * acts in a signed-in session
 */
public record Actor(String username, Set<Role> roles, UUID officer, UUID onDutyUnit, String program) {

	/** The name under which Leo itself acts: scheduled jobs, the demo, start-up work. */
	public static final String LEO = "leo";

	public Actor {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("An actor has a name");
		}
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** A staff member signed in with a session, resolved without roster details (tests and scheduled work). */
	public static Actor staff(String username, Role... roles) {
		return new Actor(username, roles.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(roles)), null, null,
				null);
	}

	/** Leo itself, acting with no person behind it. */
	public static Actor leo() {
		return new Actor(LEO, Set.of(), null, null, null);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** Whether the person holds at least one of the roles. */
	public boolean hasAny(Role... any) {
		return Arrays.stream(any).anyMatch(roles::contains);
	}

	public Optional<UUID> officerId() {
		return Optional.ofNullable(officer);
	}

	public Optional<UUID> unitOnDuty() {
		return Optional.ofNullable(onDutyUnit);
	}

	public Optional<String> actingProgram() {
		return Optional.ofNullable(program);
	}

	/** The name the records show; a program's work is named after the person it acts for. */
	@Override
	public String toString() {
		return username;
	}
}
