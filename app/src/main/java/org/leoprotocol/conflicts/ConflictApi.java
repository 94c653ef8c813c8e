package org.leoprotocol.conflicts;

import java.util.List;

import org.leoprotocol.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Declared relations over JSON, for every staff member, command included: {@code GET /api/v1/conflicts/relations} lists
 * one's own, {@code POST} declares one, to an officer ({@code badgeNumber}) or to a member of the public
 * ({@code personName}).
 */
@RestController
@RequestMapping(ConflictApi.RELATIONS)
class ConflictApi {

	static final String RELATIONS = "/api/v1/conflicts/relations";

	private final Conflicts conflicts;

	ConflictApi(Conflicts conflicts) {
		this.conflicts = conflicts;
	}

	@GetMapping
	List<DeclaredRelation> mine(Actor actor) {
		return conflicts.relationsOf(actor);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	DeclaredRelation declare(@RequestBody RelationRequest request, Actor actor) {
		return request.personName() != null && !request.personName().isBlank()
				? conflicts.declareToPerson(actor, request.personName(), request.relation())
				: conflicts.declareToOfficer(actor, request.badgeNumber(), request.relation());
	}

	/** A relation to an officer by badge number, or to a member of the public by name. */
	record RelationRequest(String badgeNumber, String personName, String relation) {
	}
}
