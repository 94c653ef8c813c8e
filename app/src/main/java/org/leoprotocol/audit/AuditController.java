package org.leoprotocol.audit;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.web.Refusals;
import org.leoprotocol.audit.web.AuditView;
import org.leoprotocol.audit.web.AuditView.Filters;
import org.leoprotocol.audit.web.AuditView.Row;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The administrator's view of the audit trail: search, page through, export as CSV. Reading the trail is itself
 * recorded (CJIS 5.4.1.1, item 5: attempts to access the audit log).
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

	private final AgencyTime time;
	private final AuditLog log;
	private final AuditTrail audit;
	private final Refusals refusals;
	private final MessageSource messages;

	AuditController(AuditLog log, AuditTrail audit, AgencyTime time, Refusals refusals, MessageSource messages) {
		this.messages = messages;
		this.time = time;
		this.log = log;
		this.audit = audit;
		this.refusals = refusals;
	}

	@GetMapping(AuditView.PATH)
	String search(@ModelAttribute Filters filters,
			@org.springframework.web.bind.annotation.RequestParam(required = false) Long before, Locale locale,
			Model model) {
		List<String> actions = Arrays.stream(AuditAction.values()).map(Enum::name).toList();
		try {
			AuditQuery query = query(filters, before);
			audit.query(AuditAction.SEARCH, "audit", "AuditEvent",
					Sentence.ofText("audit.detail.search.criteria", query.describe()));
			List<TrailEntry> entries = log.search(query);
			String next = entries.size() < AuditQuery.PAGE_SIZE ? null
					: link(AuditView.PATH, filters).queryParam("before", entries.get(entries.size() - 1).position())
						.toUriString();
			model.addAttribute("view",
					new AuditView(filters, actions, entries.stream().map(entry -> row(entry, locale)).toList(),
							next, link(AuditView.EXPORT_PATH, filters).toUriString(), null));
		}
		catch (InvalidInput badFilter) {
			model.addAttribute("view",
					new AuditView(filters, actions, List.of(), null, null, refusals.said(badFilter, locale)));
		}
		return "audit/search";
	}

	@GetMapping(AuditView.EXPORT_PATH)
	@ResponseBody
	ResponseEntity<StreamingResponseBody> export(@ModelAttribute Filters filters, Locale locale) {
		AuditQuery query = query(filters, null);
		audit.query(AuditAction.EXPORT, "audit", "AuditEvent",
				Sentence.ofText("audit.detail.search.criteria", query.describe()));
		StreamingResponseBody body = out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			log.exportCsv(query, writer, locale);
			writer.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"leo-audit-trail.csv\"")
			.body(body);
	}

	static AuditQuery query(Filters filters, Long before) {
		return new AuditQuery(filters.actor(), choice(AuditAction.class, filters.action(), "action"),
				filters.recordType(),
				filters.recordId(), choice(Outcome.class, filters.outcome(), "outcome"), date(filters.from(), "from"),
				date(filters.to(), "to"), before);
	}

	private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("audit.filter.choice.invalid", value, new Phrase("word.field." + field));
		}
	}

	private static LocalDate date(String value, String field) {
		try {
			return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			throw new InvalidInput("audit.filter.date.invalid", value, new Phrase("word.field." + field));
		}
	}

	private static UriComponentsBuilder link(String path, Filters filters) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath(path);
		addIfSet(link, "actor", filters.actor());
		addIfSet(link, "action", filters.action());
		addIfSet(link, "recordType", filters.recordType());
		addIfSet(link, "recordId", filters.recordId());
		addIfSet(link, "outcome", filters.outcome());
		addIfSet(link, "from", filters.from());
		addIfSet(link, "to", filters.to());
		return link;
	}

	private static void addIfSet(UriComponentsBuilder link, String name, String value) {
		if (value != null && !value.isBlank()) {
			link.queryParam(name, value);
		}
	}

	private Row row(TrailEntry entry, Locale locale) {
		AuditRecord r = entry.record();
		String record = r.record().id() == null ? r.record().type() : r.record().type() + " " + r.record().id();
		return new Row(entry.position(), time.stampSeconds(r.occurredAt()), r.actor(),
				AuditDetails.words(r.actorKind().name()), r.action().name(), r.component(), record, r.outcome().name(),
				r.sourceAddress() == null ? "" : r.sourceAddress(), AuditDetails.said(r.detail(), messages, locale));
	}
}
