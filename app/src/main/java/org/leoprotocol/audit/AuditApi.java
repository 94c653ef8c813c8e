package org.leoprotocol.audit;

import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.web.AuditView.Filters;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail over JSON for administrators, a page of {@value AuditQuery#PAGE_SIZE} at a time, newest first: each
 * record as stored, and its detail said in the client's {@code Accept-Language}.
 */
@RestController
@PreAuthorize("hasRole('ADMIN')")
class AuditApi {

	private final AuditLog log;
	private final AuditTrail audit;
	private final MessageSource messages;

	AuditApi(AuditLog log, AuditTrail audit, MessageSource messages) {
		this.log = log;
		this.audit = audit;
		this.messages = messages;
	}

	/** One record with its position in the trail, and what its detail says in the reader's language. */
	record Entry(long position, AuditRecord record, String detailSaid) {
	}

	@GetMapping("/api/v1/audit")
	List<Entry> search(@ModelAttribute Filters filters, @RequestParam(required = false) Long before, Locale locale) {
		AuditQuery query = AuditController.query(filters, before);
		audit.query(AuditAction.SEARCH, "audit", "AuditEvent",
				Sentence.ofText("audit.detail.search.criteria", query.describe()));
		return log.search(query).stream()
			.map(entry -> new Entry(entry.position(), entry.record(),
					AuditDetails.said(entry.record().detail(), messages, locale)))
			.toList();
	}
}
