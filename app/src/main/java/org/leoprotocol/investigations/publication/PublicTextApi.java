package org.leoprotocol.investigations.publication;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.investigations.CasePublication;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.shared.Actor;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's public texts over JSON: the investigator or command writes the public summary; the review board or command
 * reads each pending text (as written, as redacted, and what was removed) and approves it, never their own.
 */
@RestController
class PublicTextApi {

	static final String APPROVERS = "hasAnyRole('REVIEW_BOARD','COMMAND')";

	private final CasePublication publication;

	PublicTextApi(CasePublication publication) {
		this.publication = publication;
	}

	@PutMapping("/api/v1/investigations/{id}/public-summary")
	@PreAuthorize(CaseStaff.ROLES)
	PublicText writeSummary(@PathVariable UUID id, @RequestBody SummaryRequest request, Actor actor) {
		return publication.writeSummary(new InvestigationId(id), request.text(), actor);
	}

	@GetMapping("/api/v1/public-texts/pending")
	@PreAuthorize(APPROVERS)
	List<PublicText> pending() {
		return publication.pending();
	}

	@GetMapping("/api/v1/public-texts/{id}")
	@PreAuthorize(APPROVERS)
	PublicText review(@PathVariable UUID id) {
		return publication.review(id);
	}

	@PostMapping("/api/v1/public-texts/{id}/approval")
	@PreAuthorize(APPROVERS)
	PublicText approve(@PathVariable UUID id, Actor actor) {
		return publication.approve(id, actor);
	}

	record SummaryRequest(String text) {
	}
}
