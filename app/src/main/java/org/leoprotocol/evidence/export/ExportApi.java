package org.leoprotocol.evidence.export;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.evidence.ContentResponses;
import org.leoprotocol.evidence.EvidenceCustody;
import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceExports;
import org.leoprotocol.evidence.ExportReceipt;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.EvidenceRoles;
import org.leoprotocol.evidence.ExportState;
import org.leoprotocol.evidence.LeakTrace;
import org.leoprotocol.evidence.LeakTrace.Trace;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Exports over JSON: make a watermarked copy for a recipient, follow its progress, download it and its receipt (the
 * custody event with its inclusion proof and the signed checkpoint, for {@code leo verify-export}); and trace a leaked
 * file (sent as the raw request body) or a typed code back to its export.
 */
@RestController
@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
class ExportApi {

	private final EvidenceExports exports;
	private final EvidenceCustody custody;
	private final LeakTrace trace;
	private final EvidenceProperties properties;
	private final MessageSource messages;

	ExportApi(EvidenceExports exports, EvidenceCustody custody, LeakTrace trace, EvidenceProperties properties,
			MessageSource messages) {
		this.exports = exports;
		this.custody = custody;
		this.trace = trace;
		this.properties = properties;
		this.messages = messages;
	}

	@PostMapping("/api/v1/evidence/{id}/exports")
	ResponseEntity<EvidenceExport> export(@PathVariable String id, @RequestBody ExportRequest request,
			Actor actor, Locale locale) {
		if (request == null) {
			throw new InvalidInput("evidence.export.recipient-purpose");
		}
		EvidenceExport export = exports.export(EvidenceId.of(id), request.recipient(), request.purpose(), actor);
		return ResponseEntity
			.status(export.state() == ExportState.RUNNING ? HttpStatus.ACCEPTED : HttpStatus.CREATED)
			.body(said(export, locale));
	}

	@GetMapping("/api/v1/evidence/{id}/exports")
	List<EvidenceExport> exports(@PathVariable String id, Actor actor, Locale locale) {
		return exports.of(custody.permitted(EvidenceId.of(id), actor, "list exports").id()).stream()
			.map(export -> said(export, locale)).toList();
	}

	@GetMapping("/api/v1/evidence/exports/{exportId}")
	EvidenceExport export(@PathVariable UUID exportId, Actor actor, Locale locale) {
		EvidenceExport export = exports.get(exportId);
		custody.permitted(export.evidence(), actor, "read export " + export.code());
		return said(export, locale);
	}

	/** The export with why it failed in the client's language ({@code Accept-Language}). */
	private EvidenceExport said(EvidenceExport export, Locale locale) {
		return export.failure() == null ? export
				: export.withFailure(messages.getMessage(export.failureReason(), locale));
	}

	@GetMapping("/api/v1/evidence/exports/{exportId}/download")
	ResponseEntity<Resource> download(@PathVariable UUID exportId, Actor actor) throws IOException {
		return ContentResponses.of(exports.open(exportId, actor), true);
	}

	@GetMapping("/api/v1/evidence/exports/{exportId}/proof")
	ResponseEntity<String> proof(@PathVariable UUID exportId, Actor actor) {
		ExportReceipt receipt = exports.receipt(exportId, actor);
		return ResponseEntity.ok()
			.contentType(
					new org.springframework.http.MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8))
			.header("Content-Disposition",
					org.springframework.http.ContentDisposition.attachment().filename(receipt.fileName()).build()
						.toString())
			.body(receipt.text());
	}

	@PostMapping(path = "/api/v1/evidence/trace", consumes = "application/octet-stream")
	Trace traceFile(HttpServletRequest request) throws IOException {
		return trace.trace(request.getInputStream(), properties.directory().resolve("trace"),
				properties.maxSize().toBytes());
	}

	@GetMapping("/api/v1/evidence/trace")
	Trace traceCode(@RequestParam String code) {
		return trace.traceCode(code);
	}

	/** For whom an export is made and why (both kept in the ledger). */
	record ExportRequest(String recipient, String purpose) {
	}
}
