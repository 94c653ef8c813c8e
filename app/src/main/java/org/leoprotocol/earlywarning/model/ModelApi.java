package org.leoprotocol.earlywarning.model;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The learned model over JSON: an agency's model card (supervisors, command, investigators), the officers it places in
 * the top 5 % on a date with the reasons in the caller's language (every such read audited), and training for a date
 * (command and administrators).
 */
@RestController
@RequestMapping(ModelRoutes.API)
@PreAuthorize(ModelApi.READERS)
class ModelApi {

	static final String READERS = "hasAnyRole('SUPERVISOR','COMMAND','INVESTIGATOR')";
	static final String TRAINERS = "hasAnyRole('COMMAND','ADMIN')";
	static final String COMPONENT = "earlywarning";

	private final LearnedModels models;
	private final AuditTrail audit;
	private final Clock clock;

	ModelApi(LearnedModels models, AuditTrail audit, Clock clock) {
		this.models = models;
		this.audit = audit;
		this.clock = clock;
	}

	@GetMapping("/{agency}")
	@PreAuthorize("hasAnyRole('SUPERVISOR','COMMAND','INVESTIGATOR','ADMIN')")
	ModelCard card(@PathVariable String agency) {
		audit.query(AuditAction.SEARCH, COMPONENT, "EarlyWarningModel",
				Sentence.ofText("audit.detail.search.criteria", "agency=" + agency));
		return models.card(agency)
			.orElseThrow(() -> new UnknownRecord("earlywarning.model.none", agency));
	}

	@GetMapping("/{agency}/flagged")
	Flagged flagged(@PathVariable String agency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Locale locale) {
		LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
		audit.query(AuditAction.SEARCH, COMPONENT, "OfficerHistory",
				Sentence.ofText("audit.detail.search.model-flags", "agency=" + agency + " asOf=" + date));
		return models.flagged(agency, date, locale);
	}

	@PostMapping("/{agency}/train")
	@PreAuthorize(TRAINERS)
	ModelCard train(@PathVariable String agency,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
			Actor actor) {
		return models.train(agency, asOf, actor);
	}
}
