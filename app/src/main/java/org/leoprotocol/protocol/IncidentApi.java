package org.leoprotocol.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.protocol.IncidentRecords.IncidentRecord;
import org.leoprotocol.protocol.IncidentRecords.IncidentSummary;
import org.leoprotocol.protocol.IncidentRecords.TimelineRecord;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Leo's Protocol over JSON: open incidents, record dispatch and body-camera events, tick off steps, broadcast,
 * release after verification, record decisions, and read an incident with its clocks, escalations, findings and
 * timeline. Every read is audited, saying whether the person's name was shown.
 */
@RestController
@RequestMapping("/api/v1/incidents")
@PreAuthorize(IncidentApi.READERS)
class IncidentApi {

	static final String RESPONDERS = "hasAnyRole('OFFICER','SUPERVISOR','COMMAND')";
	static final String READERS = "hasAnyRole('OFFICER','SUPERVISOR','COMMAND','INVESTIGATOR')";

	private final IncidentDesk desk;
	private final ResponseLog log;
	private final Reunification reunification;
	private final Broadcasts broadcasts;
	private final IncidentRecords records;
	private final StaffMembers staff;
	private final AuditTrail audit;
	private final String agencyCode;
	private final String agencyName;
	private final java.time.Clock clock;

	IncidentApi(IncidentDesk desk, ResponseLog log, Reunification reunification, Broadcasts broadcasts, IncidentRecords records,
			StaffMembers staff, AuditTrail audit, @Value("${leo.agency.code}") String agencyCode,
			@Value("${leo.agency.name}") String agencyName, java.time.Clock clock) {
		this.desk = desk;
		this.log = log;
		this.reunification = reunification;
		this.broadcasts = broadcasts;
		this.records = records;
		this.staff = staff;
		this.audit = audit;
		this.agencyCode = agencyCode;
		this.agencyName = agencyName;
		this.clock = clock;
	}

	@PostMapping
	@PreAuthorize(RESPONDERS)
	ResponseEntity<IncidentRecord> open(@RequestBody OpenRequest request, Authentication user) {
		StaffMember actor = staff.of(user);
		if (request == null) {
			throw new IllegalArgumentException("Send the incident: kind, location and person");
		}
		Incident incident = desk.open(new NewIncident(request.kind(), request.location(), request.reportedAt(), request.lastSeenAt(),
				request.person() == null ? null : request.person().toPerson(), staff.officer(request.responsibleOfficerBadge())), actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(read(incident.id(), actor));
	}

	@GetMapping
	List<IncidentSummary> open() {
		desk.auditList("open incidents");
		return records.summaries(desk.openIncidents());
	}

	@GetMapping("/{id}")
	IncidentRecord incident(@PathVariable String id, Authentication user) {
		return read(IncidentId.of(id), staff.of(user));
	}

	@GetMapping("/{id}/timeline")
	List<TimelineRecord> timeline(@PathVariable String id, Authentication user) {
		IncidentId incident = IncidentId.of(id);
		desk.get(incident);
		desk.auditRead(incident, "timeline", false);
		return desk.timeline(incident).stream().map(records::timeline).toList();
	}

	@PostMapping("/{id}/dispatch")
	@PreAuthorize(RESPONDERS)
	IncidentRecord dispatch(@PathVariable String id, @RequestBody DispatchRequest request, Authentication user) {
		StaffMember actor = staff.of(user);
		log.dispatch(IncidentId.of(id), request.type(), staff.officer(request.officerBadge()), request.at(), actor);
		return read(IncidentId.of(id), actor);
	}

	@PostMapping("/{id}/camera")
	@PreAuthorize(RESPONDERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void camera(@PathVariable String id, @RequestBody CameraRequest request, Authentication user) {
		log.camera(IncidentId.of(id), request.type(), request.deviceId(), staff.officer(request.officerBadge()), request.at(),
				request.note(), staff.of(user));
	}

	@PostMapping("/{id}/steps/{code}/done")
	@PreAuthorize(RESPONDERS)
	IncidentRecord stepDone(@PathVariable String id, @PathVariable String code, @RequestBody(required = false) StepRequest request,
			Authentication user) {
		StaffMember actor = staff.of(user);
		StepRequest body = request == null ? new StepRequest(null, null) : request;
		log.completeStep(IncidentId.of(id), code, staff.officer(body.officerBadge()), body.note(), actor);
		return read(IncidentId.of(id), actor);
	}

	@PostMapping("/{id}/broadcasts")
	@PreAuthorize(RESPONDERS)
	@ResponseStatus(HttpStatus.CREATED)
	DescriptionBroadcast broadcast(@PathVariable String id, @RequestBody(required = false) BroadcastRequest request,
			Authentication user) {
		return broadcasts.issue(IncidentId.of(id), request == null ? null : request.text(), staff.of(user));
	}

	@GetMapping(path = "/{id}/broadcasts/{broadcast}/cap")
	ResponseEntity<String> cap(@PathVariable String id, @PathVariable UUID broadcast) {
		IncidentId incident = IncidentId.of(id);
		DescriptionBroadcast found = broadcasts.get(incident, broadcast);
		audit.query(AuditAction.EXPORT, Protocols.COMPONENT, "DescriptionBroadcast", "CAP 1.2 " + broadcast);
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(CapAlert.CONTENT_TYPE))
				.body(CapAlert.xml(found, desk.get(incident), agencyCode, agencyName));
	}

	@GetMapping(path = "/{id}/pfif")
	ResponseEntity<String> pfif(@PathVariable String id) {
		IncidentId incidentId = IncidentId.of(id);
		Incident incident = desk.get(incidentId);
		List<DescriptionBroadcast> issued = broadcasts.of(incidentId);
		String description = issued.isEmpty()
				? DescriptionBroadcast.compose(incidentId, incident.person(), DescriptionBroadcast.proposedText(incident),
						clock.instant(), "leo").text()
				: issued.get(issued.size() - 1).text();
		audit.query(AuditAction.EXPORT, Protocols.COMPONENT, "Incident", "PFIF 1.4 " + incidentId);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
				.body(PfifRecord.xml(incident, description, agencyCode.toLowerCase() + ".leo", agencyName, clock.instant()));
	}

	@PostMapping("/{id}/release")
	@PreAuthorize(RESPONDERS)
	IncidentRecord release(@PathVariable String id, @RequestBody ReleaseRequest request, Authentication user) {
		StaffMember actor = staff.of(user);
		reunification.release(IncidentId.of(id), request.toVerification(staff), actor);
		return read(IncidentId.of(id), actor);
	}

	@PostMapping("/{id}/decisions")
	@PreAuthorize(RESPONDERS)
	IncidentRecord decide(@PathVariable String id, @RequestBody DecisionRequest request, Authentication user) {
		StaffMember actor = staff.of(user);
		reunification.decide(IncidentId.of(id), request.decision(), request.reason(), actor);
		return read(IncidentId.of(id), actor);
	}

	private IncidentRecord read(IncidentId id, StaffMember reader) {
		Incident incident = desk.get(id);
		desk.auditRead(id, "incident", reader.mayReadNameIn(incident) && incident.person().nameKnown());
		return records.record(incident, reader);
	}

	record OpenRequest(IncidentKind kind, String location, Instant reportedAt, Instant lastSeenAt, PersonRequest person,
			String responsibleOfficerBadge) {
	}

	record PersonRequest(String name, Integer age, String description, Condition condition, Set<RiskFactor> riskFactors) {

		PersonAtRisk toPerson() {
			return new PersonAtRisk(name, age, description, condition, riskFactors);
		}
	}

	record DispatchRequest(TimelineEventType type, String officerBadge, Instant at) {
	}

	record CameraRequest(TimelineEventType type, String deviceId, String officerBadge, Instant at, String note) {
	}

	record StepRequest(String officerBadge, String note) {
	}

	record BroadcastRequest(String text) {
	}

	record DecisionRequest(DecisionKind decision, String reason) {
	}

	record DocumentRequest(String type, String issuer, String lastFour) {
	}

	record ReleaseRequest(String claimantName, String relationship, DocumentRequest document, Boolean photoMatches,
			Recognition recognition, String recognitionNote, Boolean custodyClear, String authorisationSource,
			String verifyingOfficerBadge, String confirmingOfficerBadge) {

		ReleaseVerification toVerification(StaffMembers staff) {
			IdentityDocument identity = document == null ? null
					: new IdentityDocument(document.type(), document.issuer(), document.lastFour());
			return new ReleaseVerification(claimantName, relationship, identity, photoMatches, recognition, recognitionNote,
					custodyClear, authorisationSource, staff.officer(verifyingOfficerBadge), staff.officer(confirmingOfficerBadge));
		}
	}
}
