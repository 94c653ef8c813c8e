package org.leoprotocol.protocol.broadcast;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.protocol.Incident;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.incident.IncidentAccess;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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
 * Description broadcasts over JSON, and the interchange exports: a broadcast as CAP 1.2, an incident as a PFIF 1.4
 * found-person record. Neither ever carries the person's name; every export is audited.
 */
@RestController
@RequestMapping("/api/v1/incidents/{id}")
@PreAuthorize(IncidentAccess.READERS)
class BroadcastApi {

	private final IncidentDesk desk;
	private final Broadcasts broadcasts;
	private final AuditTrail audit;
	private final String agencyCode;
	private final String agencyName;
	private final Clock clock;
	private final IncidentAccess access;

	BroadcastApi(IncidentDesk desk, Broadcasts broadcasts, AuditTrail audit,
			@Value("${leo.agency.code}") String agencyCode, @Value("${leo.agency.name}") String agencyName, Clock clock,
			IncidentAccess access) {
		this.access = access;
		this.desk = desk;
		this.broadcasts = broadcasts;
		this.audit = audit;
		this.agencyCode = agencyCode;
		this.agencyName = agencyName;
		this.clock = clock;
	}

	@PostMapping("/broadcasts")
	@PreAuthorize(IncidentAccess.RESPONDERS)
	@ResponseStatus(HttpStatus.CREATED)
	DescriptionBroadcast broadcast(@PathVariable String id, @RequestBody(required = false) BroadcastRequest request,
			Actor actor) {
		access.require(IncidentId.of(id), actor, "broadcast");
		return broadcasts.issue(IncidentId.of(id), request == null ? null : request.text(), actor);
	}

	@GetMapping("/broadcasts/{broadcast}/cap")
	ResponseEntity<String> cap(@PathVariable String id, @PathVariable UUID broadcast, Actor actor) {
		IncidentId incident = IncidentId.of(id);
		access.require(incident, actor, "CAP export");
		DescriptionBroadcast found = broadcasts.get(incident, broadcast);
		audit.query(AuditAction.EXPORT, Protocols.COMPONENT, "DescriptionBroadcast",
				Sentence.ofText("audit.detail.search.cap", broadcast));
		return ResponseEntity.ok().contentType(MediaType.parseMediaType(CapAlert.CONTENT_TYPE))
			.body(CapAlert.xml(found, desk.read(incident), agencyCode, agencyName));
	}

	@GetMapping("/pfif")
	ResponseEntity<String> pfif(@PathVariable String id, Actor actor) {
		IncidentId incidentId = IncidentId.of(id);
		access.require(incidentId, actor, "PFIF export");
		Incident incident = desk.readNamed(incidentId);
		List<DescriptionBroadcast> issued = broadcasts.of(incidentId);
		String description = issued.isEmpty()
				? DescriptionBroadcast
					.compose(incidentId, incident.person(), DescriptionBroadcast.proposedText(incident),
							clock.instant(), "leo")
					.text()
				: issued.get(issued.size() - 1).text();
		audit.query(AuditAction.EXPORT, Protocols.COMPONENT, "Incident",
				Sentence.ofText("audit.detail.search.pfif", incidentId));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
			.body(PfifRecord.xml(incident, description, agencyCode.toLowerCase(Locale.ROOT) + ".leo", agencyName,
					clock.instant()));
	}

	record BroadcastRequest(String text) {
	}
}
