package org.leoprotocol.investigations.investigators;

import java.util.List;

import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.Investigator;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.NotPermitted;
import org.leoprotocol.shared.Role;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The investigators internal affairs may assign, and the personal relations they declare. */
@RestController
@RequestMapping("/api/v1/investigators")
@PreAuthorize(CaseStaff.ROLES)
class InvestigatorApi {

	private final Investigators investigators;

	InvestigatorApi(Investigators investigators) {
		this.investigators = investigators;
	}

	@GetMapping
	List<Investigator> all() {
		return investigators.all();
	}

	@PostMapping
	@PreAuthorize("hasRole('COMMAND')")
	Investigator register(@RequestBody RegisterRequest request) {
		return investigators.register(request.username(), request.displayName(), request.badgeNumber());
	}

	/** An investigator declares their own relations; command may record one for anyone. */
	@PostMapping("/{username}/relations")
	Investigator declare(@PathVariable String username, @RequestBody RelationRequest request, Actor actor) {
		if (!username.equals(actor.username()) && !actor.has(Role.COMMAND)) {
			throw new NotPermitted("investigations.refused.relation.other", username);
		}
		return investigators.declare(username, request.badgeNumber(), request.relation());
	}

	/** Registers a staff member as an investigator; sworn investigators give their badge number. */
	record RegisterRequest(String username, String displayName, String badgeNumber) {
	}

	/** A personal relation to the officer with this badge number. */
	record RelationRequest(String badgeNumber, String relation) {
	}
}
