package org.leoprotocol.protocol.incident;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.incident.IncidentJsonViews.IncidentRecord;
import org.leoprotocol.protocol.incident.IncidentJsonViews.IncidentSummary;
import org.leoprotocol.protocol.incident.IncidentJsonViews.TimelineRecord;
import org.leoprotocol.protocol.timeline.ResponseLog;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leo's Protocol over JSON: open incidents, record dispatch and body-camera events, tick off steps, and read an
 * incident with its clocks, escalations, findings and timeline. Every read is audited, saying whether the person's name
 * was shown. Broadcasts and reunification have their own endpoints ({@code BroadcastApi}, {@code ReunificationApi}).
 */
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize(IncidentAccess.READERS)
class IncidentApi {

	private final IncidentDesk desk;
	private final ResponseLog log;
	private final IncidentJsonViews views;
	private final StaffMembers staff;
	private final IncidentAccess access;

	IncidentApi(IncidentDesk desk, ResponseLog log, IncidentJsonViews views, StaffMembers staff,
			IncidentAccess access) {
		this.access = access;
		this.desk = desk;
		this.log = log;
		this.views = views;
		this.staff = staff;
	}

	@PostMapping
	@PreAuthorize(IncidentAccess.RESPONDERS)
	ResponseEntity<IncidentRecord> open(@RequestBody OpenRequest request, Actor actor) {
		if (request == null) {
			throw new InvalidInput("protocol.api.incident.missing");
		}
		Incident incident = desk
			.open(new NewIncident(request.kind(), request.location(), request.reportedAt(), request.lastSeenAt(),
					request.person() == null ? null : request.person().toPerson(),
					staff.officer(request.responsibleOfficerBadge())), actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(read(incident.id(), actor));
	}

	@GetMapping
	List<IncidentSummary> open(Actor actor) {
		desk.auditList(Sentence.ofText("audit.detail.search.incidents.open"));
		return views.summaries(access.visible(desk.openIncidents(), actor));
	}

	@GetMapping("/{id}")
	IncidentRecord incident(@PathVariable String id, Actor actor) {
		return read(IncidentId.of(id), actor);
	}

	@GetMapping("/{id}/timeline")
	List<TimelineRecord> timeline(@PathVariable String id, Actor actor) {
		IncidentId incident = IncidentId.of(id);
		boolean named = access.require(incident, actor, "timeline").named();
		return desk.timeline(incident).stream().map(entry -> named ? entry : entry.masked()).map(views::timeline)
			.toList();
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize(IncidentAccess.RESPONDERS)
	IncidentRecord dispatch(@PathVariable String id, @RequestBody DispatchRequest request, Actor actor) {
		permitted(id, actor, "dispatch");
		log.dispatch(IncidentId.of(id), request.type(), staff.officer(request.officerBadge()), request.at(), actor);
		return read(IncidentId.of(id), actor);
	}

	@PostMapping("/{id}/camera")
	@PreAuthorize(IncidentAccess.RESPONDERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void camera(@PathVariable String id, @RequestBody CameraRequest request, Actor actor) {
		permitted(id, actor, "body-camera event");
		log.camera(IncidentId.of(id), request.type(), request.deviceId(), staff.officer(request.officerBadge()),
				request.at(),
				request.note(), actor);
	}

	@PostMapping("/{id}/steps/{code}/done")
	@PreAuthorize(IncidentAccess.RESPONDERS)
	IncidentRecord stepDone(@PathVariable String id, @PathVariable String code,
			@RequestBody(required = false) StepRequest request,
			Actor actor) {
		permitted(id, actor, "step done");
		StepRequest body = request == null ? new StepRequest(null, null, null) : request;
		log.completeStep(IncidentId.of(id), code, staff.performer(body.performer()), body.note(), actor);
		return read(IncidentId.of(id), actor);
	}

	private void permitted(String id, Actor actor, String attempted) {
		access.require(IncidentId.of(id), actor, attempted);
	}

	private IncidentRecord read(IncidentId id, Actor reader) {
		return views.read(id, reader);
	}

	record OpenRequest(IncidentKind kind, String location, Instant reportedAt, Instant lastSeenAt, PersonRequest person,
			String responsibleOfficerBadge) {
	}

	record PersonRequest(String name, Integer age, String description, Condition condition,
			Set<RiskFactor> riskFactors) {

		PersonAtRisk toPerson() {
			return new PersonAtRisk(name, age, description, condition, riskFactors);
		}
	}

	record DispatchRequest(TimelineEventType type, String officerBadge, Instant at) {
	}

	record CameraRequest(TimelineEventType type, String deviceId, String officerBadge, Instant at, String note) {
	}

	/**
	 * A step done now; {@code performedBy} (badge or officer id) names who did it ({@code officerBadge} is its old
	 * name).
	 */
	record StepRequest(String performedBy, String officerBadge, String note) {

		String performer() {
			return performedBy != null && !performedBy.isBlank() ? performedBy : officerBadge;
		}
	}
}
