package org.leoprotocol.evidence;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.evidence.EvidenceCustody.EvidenceRecord;
import org.leoprotocol.evidence.intake.UploadRequest;
import org.leoprotocol.evidence.intake.UploadedEvidence;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evidence over JSON: a one-request upload of the raw body, the items one may see, an item's record and chain of
 * custody, its content to stream (with HTTP ranges) or download, links to cases and incidents, and the declarations of
 * need to know.
 */
@RestController
@RequestMapping("/api/v1/evidence")
@PreAuthorize(EvidenceRoles.HANDLES_EVIDENCE)
class EvidenceApi {

	private final EvidenceIntake intake;
	private final EvidenceCustody custody;
	private final MessageSource messages;

	EvidenceApi(EvidenceIntake intake, EvidenceCustody custody, MessageSource messages) {
		this.messages = messages;
		this.intake = intake;
		this.custody = custody;
	}

	@PostMapping
	@PreAuthorize(EvidenceRoles.MAY_UPLOAD)
	ResponseEntity<UploadedEvidence> upload(@ModelAttribute UploadRequest declared, HttpServletRequest request,
			Actor actor, Locale locale) throws IOException {
		UploadRequest withSize = declared.size() != null || request.getContentLengthLong() < 0 ? declared
				: new UploadRequest(declared.kind(), declared.fileName(), request.getContentLengthLong(),
						declared.sha256(),
						declared.device(), declared.officerId(), declared.recordedFrom(), declared.recordedTo(),
						declared.location(), declared.caseReference(), declared.incidentReference());
		EvidenceItem item = intake.ingest(withSize.toNewUpload(), request.getInputStream(), actor);
		return ResponseEntity.status(HttpStatus.CREATED).body(UploadedEvidence.of(item, intake, messages, locale));
	}

	@GetMapping
	List<EvidenceItem> list(Actor actor) {
		return custody.list(actor);
	}

	@GetMapping("/{id}")
	EvidenceRecord item(@PathVariable String id, Actor actor) {
		return custody.view(EvidenceId.of(id), actor);
	}

	@GetMapping("/{id}/content")
	ResponseEntity<Resource> stream(@PathVariable String id,
			@RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
			Actor actor) throws IOException {
		String part = range == null ? "" : range.length() > 100 ? range.substring(0, 100) : range;
		return ContentResponses.of(custody.open(EvidenceId.of(id), CustodyAction.STREAMED, part, actor), false);
	}

	@GetMapping("/{id}/download")
	ResponseEntity<Resource> download(@PathVariable String id, Actor actor) throws IOException {
		return ContentResponses.of(custody.open(EvidenceId.of(id), CustodyAction.DOWNLOADED, "", actor), true);
	}

	@PostMapping("/{id}/links")
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	ResponseEntity<Void> link(@PathVariable String id, @RequestBody LinkRequest request, Actor actor) {
		LinkKind kind;
		try {
			kind = LinkKind.valueOf(String.valueOf(request.kind()).strip().toUpperCase(java.util.Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("evidence.link.kind", String.valueOf(request.kind()));
		}
		OfficerId subject = request.subjectOfficerId() == null || request.subjectOfficerId().isBlank() ? null
				: OfficerId.of(request.subjectOfficerId().strip());
		custody.link(EvidenceId.of(id), kind, request.reference(), subject, actor);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{reference}/exclusions")
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	ResponseEntity<Void> declareStake(@PathVariable String reference, @RequestBody StakeRequest request,
			Actor actor) {
		custody.declareStake(reference, request.username(), request.reason(), actor);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/cases/{reference}/team")
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	ResponseEntity<Void> addToTeam(@PathVariable String reference, @RequestBody TeamRequest request,
			Actor actor) {
		custody.addToTeam(reference, request.username(), actor);
		return ResponseEntity.noContent().build();
	}

	/** Links an item to a case or incident; {@code subjectOfficerId} names the officer a case investigates. */
	record LinkRequest(String kind, String reference, String subjectOfficerId) {
	}

	/** Declares a staff member's personal stake in a case. */
	record StakeRequest(String username, String reason) {
	}

	/** Adds a staff member to a case's team. */
	record TeamRequest(String username) {
	}
}
