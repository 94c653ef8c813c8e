package org.leoprotocol.evidence.intake;

import java.io.IOException;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceIntake.UploadStatus;
import org.leoprotocol.evidence.EvidenceRoles;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The resumable upload protocol: {@code POST /uploads} declares the file; {@code PUT /uploads/{id}?offset=N} sends raw
 * bytes from offset N (the request body, read as a stream); {@code GET /uploads/{id}} tells how many bytes arrived,
 * where a dropped upload resumes; {@code POST /uploads/{id}/complete} takes the file into custody;
 * {@code DELETE /uploads/{id}} gives it up.
 */
@RestController
@RequestMapping("/api/v1/evidence/uploads")
@PreAuthorize(EvidenceRoles.MAY_UPLOAD)
class UploadApi {

	private final EvidenceIntake intake;
	private final MessageSource messages;

	UploadApi(EvidenceIntake intake, MessageSource messages) {
		this.messages = messages;
		this.intake = intake;
	}

	@PostMapping
	ResponseEntity<UploadStatus> begin(@RequestBody UploadRequest request, Actor actor) {
		if (request == null) {
			throw new InvalidInput("evidence.upload.declare");
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(intake.begin(request.toNewUpload(), actor));
	}

	@GetMapping("/{id}")
	UploadStatus status(@PathVariable UUID id, Actor actor) {
		return intake.status(id, actor);
	}

	@PutMapping("/{id}")
	UploadStatus chunk(@PathVariable UUID id, @RequestParam long offset, HttpServletRequest request,
			Actor actor)
			throws IOException {
		return intake.receive(id, offset, request.getInputStream(), actor);
	}

	@PostMapping("/{id}/complete")
	ResponseEntity<UploadedEvidence> complete(@PathVariable UUID id, Actor actor, Locale locale) {
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(UploadedEvidence.of(intake.complete(id, actor), intake, messages, locale));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> abandon(@PathVariable UUID id, Actor actor) {
		intake.abandon(id, actor);
		return ResponseEntity.noContent().build();
	}
}
