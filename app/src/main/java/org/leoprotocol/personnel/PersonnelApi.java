package org.leoprotocol.personnel;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The roster over JSON: search, look up by badge, read a record with its history, change status, import CSV. */
@RestController
@RequestMapping("/api/v1/officers")
@PreAuthorize(PersonnelController.ANY_STAFF)
class PersonnelApi {

	private final Roster roster;
	private final RosterImport rosterImport;
	private final AuditTrail audit;
	private final PersonnelActionDesk actions;

	PersonnelApi(Roster roster, RosterImport rosterImport, AuditTrail audit, PersonnelActionDesk actions) {
		this.actions = actions;
		this.roster = roster;
		this.rosterImport = rosterImport;
		this.audit = audit;
	}

	@GetMapping
	List<Officer> search(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String status) {
		audit.query(AuditAction.SEARCH, Roster.COMPONENT, "Officer",
				Sentence.ofText("audit.detail.search.criteria", "q=" + q + " status=" + status));
		return roster.search(q, PersonnelController.parseStatus(status));
	}

	@GetMapping("/badge/{badgeNumber}")
	OfficerRecord byBadge(@PathVariable String badgeNumber) {
		Officer officer = roster.findByBadge(badgeNumber)
			.orElseThrow(() -> new UnknownRecord("personnel.refused.badge.unknown", badgeNumber));
		return read(officer);
	}

	@GetMapping("/{id}")
	OfficerRecord officer(@PathVariable OfficerId id, Actor actor) {
		Officer officer = roster.get(id);
		if (PersonnelHistoryPolicy.mayRead(actor)) {
			return read(officer);
		}
		audit.read(Roster.COMPONENT, RecordReference.of("Officer", id),
				Sentence.of("audit.detail.officer.roster-only"));
		audit.refusal(AuditAction.READ, Roster.COMPONENT, RecordReference.of("OfficerHistory", id),
				Sentence.ofText("audit.detail.refused.history-withheld"));
		return new OfficerRecord(officer, List.of(), List.of());
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(PersonnelController.MAY_CHANGE_STATUS)
	OfficerRecord changeStatus(@PathVariable OfficerId id, @RequestBody StatusChangeRequest request,
			Actor actor) {
		if (request == null || request.status() == null) {
			throw new InvalidInput("personnel.refused.api.status");
		}
		roster.changeStatus(id, request.status(), StatusReason.typedAlone(request.reason()), request.caseReference(),
				actor);
		return recordOf(id);
	}

	@PostMapping("/{id}/actions")
	@PreAuthorize(PersonnelController.MAY_CHANGE_STATUS)
	OfficerRecord recordAction(@PathVariable OfficerId id, @RequestBody ActionRequest request, Actor actor) {
		if (request == null) {
			throw new InvalidInput("personnel.refused.api.action");
		}
		actions.record(id, request.action(), request.authorisedBy(), request.reference(), request.reason(),
				request.takenAt(),
				actor);
		return recordOf(id);
	}

	@PostMapping(path = "/import", consumes = "text/csv")
	@PreAuthorize("hasRole('ADMIN')")
	ImportReport importRoster(HttpServletRequest request, Actor actor) throws IOException {
		try (Reader csv = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
			return rosterImport.importCsv(csv, actor);
		}
	}

	private OfficerRecord read(Officer officer) {
		audit.read(Roster.COMPONENT, RecordReference.of("Officer", officer.id()), null);
		return new OfficerRecord(officer, actions.history(officer.id()), actions.of(officer.id()));
	}

	private OfficerRecord recordOf(OfficerId id) {
		return new OfficerRecord(roster.get(id), actions.history(id), actions.of(id));
	}

	/**
	 * An officer with the status history and the personnel actions, newest first; each change of the history names who
	 * authorised it ({@code authorisedBy}) when a personnel action made it.
	 */
	record OfficerRecord(Officer officer, List<AuthorisedChange> history, List<PersonnelAction> actions) {
	}

	/** A personnel action with its authority; {@code takenAt} is now when absent. */
	record ActionRequest(PersonnelActionKind action, String authorisedBy, String reference, String reason,
			Instant takenAt) {
	}

	/** A request to change an officer's status; the reason is required. */
	record StatusChangeRequest(OfficerStatus status, String reason, String caseReference) {
	}
}
