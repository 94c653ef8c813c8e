package org.leoprotocol.audit;

import java.util.List;

import org.leoprotocol.audit.web.AuditView.Filters;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail over JSON for administrators, a page of {@value AuditQuery#PAGE_SIZE} at a time, newest first. */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApi {

	private final AuditLog log;
	private final AuditTrail audit;

	AuditApi(AuditLog log, AuditTrail audit) {
		this.log = log;
		this.audit = audit;
	}

	@GetMapping("/api/v1/audit")
	List<TrailEntry> search(@ModelAttribute Filters filters, @RequestParam(required = false) Long before) {
		AuditQuery query = AuditController.query(filters, before);
		audit.query(AuditAction.SEARCH, "audit", "AuditEvent", query.describe());
		return log.search(query);
	}
}
