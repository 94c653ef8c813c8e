package org.leoprotocol.protocol.timeline;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.incident.IncidentAccess;
import org.leoprotocol.protocol.incident.IncidentJsonViews;
import org.leoprotocol.protocol.incident.IncidentJsonViews.AmendmentRecord;
import org.leoprotocol.protocol.incident.StaffMembers;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Amendments of an incident's record over JSON: list them (pending and approved), propose one naming who really
 * performed a timeline entry, with a reason, and approve one as a second staff member (supervisor or command).
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}/amendments")
@PreAuthorize(IncidentAccess.READERS)
class AmendmentApi {

	private final AmendmentDesk amendments;
	private final IncidentJsonViews views;
	private final IncidentDesk desk;
	private final StaffMembers staff;
	private final IncidentAccess access;

	AmendmentApi(AmendmentDesk amendments, IncidentJsonViews views, IncidentDesk desk, StaffMembers staff,
			IncidentAccess access) {
		this.access = access;
		this.amendments = amendments;
		this.views = views;
		this.desk = desk;
		this.staff = staff;
	}

	@GetMapping
	List<AmendmentRecord> list(@PathVariable String id, Actor actor) {
		IncidentId incident = IncidentId.of(id);
		access.require(incident, actor, "amendments");
		desk.read(incident);
		return amendments.of(incident).stream().map(views::amendment).toList();
	}

	@PostMapping
	@PreAuthorize(IncidentAccess.RESPONDERS)
	@ResponseStatus(HttpStatus.CREATED)
	AmendmentRecord propose(@PathVariable String id, @RequestBody ProposalRequest request, Actor actor) {
		if (request == null || request.entry() == null) {
			throw new InvalidInput("protocol.amendment.entry.missing");
		}
		access.require(IncidentId.of(id), actor, "propose amendment");
		return views
			.amendment(amendments.propose(IncidentId.of(id), request.entry(), staff.performer(request.performedBy()),
					request.reason(), actor));
	}

	@PostMapping("/{amendment}/approve")
	@PreAuthorize(IncidentAccess.APPROVERS)
	AmendmentRecord approve(@PathVariable String id, @PathVariable UUID amendment, Actor actor) {
		access.require(IncidentId.of(id), actor, "approve amendment");
		return views.amendment(amendments.approve(IncidentId.of(id), amendment, actor));
	}

	/** {@code entry} is the timeline entry's number; {@code performedBy} a badge number or officer id. */
	record ProposalRequest(Long entry, String performedBy, String reason) {
	}
}
