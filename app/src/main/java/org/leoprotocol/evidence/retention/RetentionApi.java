package org.leoprotocol.evidence.retention;

import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.evidence.EvidenceCustody;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceIntake;
import org.leoprotocol.evidence.EvidenceRetention;
import org.leoprotocol.evidence.EvidenceRetention.RetentionStatus;
import org.leoprotocol.evidence.EvidenceRetention.Sweep;
import org.leoprotocol.evidence.EvidenceRoles;
import org.leoprotocol.evidence.web.EvidenceRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.SpreadsheetSafe;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Retention over JSON: categories, an item's retention, legal holds, restore, the sweep and the report. */
@RestController
@PreAuthorize(EvidenceRoles.RECORDS_OFFICERS)
class RetentionApi {

	private final EvidenceRetention retention;
	private final EvidenceCustody custody;
	private final AuditTrail audit;

	RetentionApi(EvidenceRetention retention, EvidenceCustody custody, AuditTrail audit) {
		this.retention = retention;
		this.custody = custody;
		this.audit = audit;
	}

	@GetMapping("/api/v1/evidence/retention/categories")
	List<RetentionCategory> categories() {
		return retention.categories();
	}

	@GetMapping("/api/v1/evidence/retention/report")
	List<RetentionStatus> report() {
		audit.query(AuditAction.SEARCH, EvidenceIntake.COMPONENT, "EvidenceRetention",
				Sentence.ofText("audit.detail.search.retention-report"));
		return retention.report();
	}

	@GetMapping({ "/api/v1/evidence/retention/report.csv", EvidenceRoutes.RETENTION + ".csv" })
	ResponseEntity<StreamingResponseBody> reportCsv() {
		audit.query(AuditAction.EXPORT, EvidenceIntake.COMPONENT, "EvidenceRetention",
				Sentence.ofText("audit.detail.search.retention-report.csv"));
		List<RetentionStatus> report = retention.report();
		StreamingResponseBody body = out -> {
			OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CSVPrinter csv = CSVFormat.RFC4180.builder()
				.setHeader("evidence_id", "file", "categories", "retain_until", "legal_hold", "in_case", "state",
						"purge_after")
				.get()
				.print(writer);
			for (RetentionStatus r : report) {
				csv.printRecord(r.id(), SpreadsheetSafe.cell(r.fileName()), String.join(" ", r.categories()),
						r.retainUntil() == null ? "manual" : r.retainUntil(), SpreadsheetSafe.cell(r.legalHold()),
						r.inCase(), r.state(),
						r.deletionDue());
			}
			csv.flush();
		};
		return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"leo-retention-report.csv\"").body(body);
	}

	@PostMapping("/api/v1/evidence/retention/sweep")
	@PreAuthorize("hasRole('COMMAND')")
	Sweep sweep() {
		audit.query(AuditAction.UPDATE, EvidenceIntake.COMPONENT, "EvidenceRetention",
				Sentence.ofText("audit.detail.search.retention-sweep"));
		return retention.sweep();
	}

	@GetMapping("/api/v1/evidence/{id}/retention")
	RetentionStatus status(@PathVariable String id, Actor actor) {
		return retention.status(permitted(id, actor, "read retention"));
	}

	@PostMapping("/api/v1/evidence/{id}/retention")
	RetentionStatus apply(@PathVariable String id, @RequestBody CategoryRequest request, Actor actor) {
		return retention.apply(permitted(id, actor, "set retention"), request.category(), actor);
	}

	@PostMapping("/api/v1/evidence/{id}/hold")
	RetentionStatus hold(@PathVariable String id, @RequestBody HoldRequest request, Actor actor) {
		return retention.placeHold(permitted(id, actor, "legal hold"), request.reason(), actor);
	}

	private EvidenceId permitted(String id, Actor actor, String attempted) {
		return custody.permitted(EvidenceId.of(id), actor, attempted).id();
	}

	@DeleteMapping("/api/v1/evidence/{id}/hold")
	@PreAuthorize("hasRole('COMMAND')")
	RetentionStatus lift(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Actor actor) {
		return retention.liftHold(EvidenceId.of(id), reason, actor);
	}

	@PostMapping("/api/v1/evidence/{id}/restore")
	@PreAuthorize("hasRole('COMMAND')")
	RetentionStatus restore(@PathVariable String id, Actor actor) {
		return retention.restore(EvidenceId.of(id), actor);
	}

	/** A retention category by its code, e.g. USE_OF_FORCE. */
	record CategoryRequest(String category) {
	}

	/** Why an item is held. */
	record HoldRequest(String reason) {
	}
}
