package org.leoprotocol.engagement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.leoprotocol.engagement.web.EngagementRoutes;
import org.leoprotocol.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff API of community engagement; the same rules and audit as the pages. */
@RestController
@PreAuthorize("hasAnyRole('COMMAND','ADMIN','SUPERVISOR')")
class EngagementApi {

	private final Engagement engagement;

	EngagementApi(Engagement engagement) {
		this.engagement = engagement;
	}

	/** An event with the number of free places. */
	record EventAnswer(OutreachEvent event, long placesLeft) {
	}

	/** An invitation to the survey after an incident. */
	record InvitationRequest(UUID incidentId, String email) {
	}

	/** Where a new link for an invitation goes, and in which language ({@code en} or {@code es}). */
	record NewLinkRequest(String email, String language) {
	}

	/** When the invitation's link stops working. */
	record InvitationAnswer(UUID incidentId, Instant expiresAt) {
	}

	@GetMapping(EngagementRoutes.API + "/events")
	List<EventAnswer> events() {
		return engagement.all().stream().map(e -> new EventAnswer(e, engagement.placesLeft(e))).toList();
	}

	@PostMapping(EngagementRoutes.API + "/events")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(StaffEngagementController.PLANNERS)
	EventAnswer plan(@RequestBody EventDetails details) {
		OutreachEvent event = engagement.plan(details);
		return new EventAnswer(event, engagement.placesLeft(event));
	}

	@PutMapping(EngagementRoutes.API + "/events/{id}")
	@PreAuthorize(StaffEngagementController.PLANNERS)
	EventAnswer revise(@PathVariable UUID id, @RequestBody EventDetails details) {
		OutreachEvent event = engagement.revise(id, details);
		return new EventAnswer(event, engagement.placesLeft(event));
	}

	@GetMapping(EngagementRoutes.API + "/events/{id}/registrations")
	@PreAuthorize(StaffEngagementController.PLANNERS)
	List<Registration> registrations(@PathVariable UUID id) {
		return engagement.registrants(id);
	}

	@PostMapping(EngagementRoutes.API + "/invitations")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(StaffEngagementController.INVITERS)
	InvitationAnswer invite(@RequestBody InvitationRequest request, Actor actor) {
		return new InvitationAnswer(request.incidentId(),
				engagement.invite(request.incidentId(), request.email(), actor));
	}

	@PostMapping(EngagementRoutes.API + "/invitations/{id}/new-link")
	@PreAuthorize(StaffEngagementController.INVITERS)
	Map<String, Instant> sendNewLink(@PathVariable UUID id, @RequestBody NewLinkRequest request) {
		return Map.of("expiresAt", engagement.sendNewLink(id, request.email(),
				StaffEngagementController.mailLanguage(request.language())));
	}
}
