package org.leoprotocol.access.actor;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Resolves the {@link Actor} of a request once and keeps it on the request: the account and roles come from the
 * signed-in authentication, the officer from the staff account, the unit from the duty roster at the request's moment,
 * and the acting program from the API token the request came with.
 */
@Component
class RequestActors {

	private static final String ATTRIBUTE = Actor.class.getName();

	private final StaffDirectory directory;
	private final DutyRoster duty;
	private final Clock clock;

	RequestActors(StaffDirectory directory, DutyRoster duty, Clock clock) {
		this.directory = directory;
		this.duty = duty;
		this.clock = clock;
	}

	/** The actor of the request, or empty when no staff member is signed in to it. */
	Optional<Actor> of(HttpServletRequest request, Authentication authentication) {
		if (request.getAttribute(ATTRIBUTE) instanceof Actor known) {
			return Optional.of(known);
		}
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return Optional.empty();
		}
		Actor actor = resolve(authentication);
		request.setAttribute(ATTRIBUTE, actor);
		return Optional.of(actor);
	}

	private Actor resolve(Authentication authentication) {
		String username = authentication.getName();
		UUID officer = directory.officerOf(username).orElse(null);
		UUID unit = officer == null ? null
				: duty.unitOnDuty(new OfficerId(officer), clock.instant()).orElse(null);
		String program = authentication.getDetails() instanceof ActingProgram acting ? acting.tokenName() : null;
		return new Actor(username, roles(authentication), officer, unit, program);
	}

	private static Set<Role> roles(Authentication authentication) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (GrantedAuthority granted : authentication.getAuthorities()) {
			String authority = granted.getAuthority();
			for (Role role : Role.values()) {
				if (role.authority().equals(authority)) {
					roles.add(role);
				}
			}
		}
		return roles;
	}
}
