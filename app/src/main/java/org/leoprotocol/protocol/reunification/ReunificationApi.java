package org.leoprotocol.protocol.reunification;

import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.incident.IncidentAccess;
import org.leoprotocol.protocol.incident.IncidentJsonViews;
import org.leoprotocol.protocol.incident.IncidentJsonViews.IncidentRecord;
import org.leoprotocol.protocol.incident.StaffMembers;
import org.leoprotocol.shared.Actor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Safe reunification over JSON: release after a recorded verification of the claimant (document kept as its last four
 * characters only), and decisions with their reasons.
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}")
@PreAuthorize(IncidentAccess.RESPONDERS)
class ReunificationApi {

	private final Reunification reunification;
	private final IncidentJsonViews views;
	private final StaffMembers staff;
	private final IncidentAccess access;

	ReunificationApi(Reunification reunification, IncidentJsonViews views, StaffMembers staff,
			IncidentAccess access) {
		this.access = access;
		this.reunification = reunification;
		this.views = views;
		this.staff = staff;
	}

	@PostMapping("/release")
	IncidentRecord release(@PathVariable String id, @RequestBody ReleaseRequest request, Actor actor) {
		access.require(IncidentId.of(id), actor, "release");
		reunification.release(IncidentId.of(id), request.toVerification(staff), actor);
		return views.read(IncidentId.of(id), actor);
	}

	@PostMapping("/decisions")
	IncidentRecord decide(@PathVariable String id, @RequestBody DecisionRequest request, Actor actor) {
		access.require(IncidentId.of(id), actor, "decision");
		reunification.decide(IncidentId.of(id), request.decision(), request.reason(), actor);
		return views.read(IncidentId.of(id), actor);
	}

	/** Closes a resolved incident's record (supervisors and command): no decision can be added afterwards. */
	@PostMapping("/close")
	@PreAuthorize(IncidentAccess.APPROVERS)
	IncidentRecord close(@PathVariable String id, @RequestBody(required = false) CloseRequest request,
			Actor actor) {
		access.require(IncidentId.of(id), actor, "close");
		reunification.close(IncidentId.of(id), request == null ? null : request.reason(), actor);
		return views.read(IncidentId.of(id), actor);
	}
}
