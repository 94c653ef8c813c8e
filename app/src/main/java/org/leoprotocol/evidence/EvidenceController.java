package org.leoprotocol.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.evidence.LeakTrace.Trace;
import org.leoprotocol.evidence.access.AccessRefused;
import org.leoprotocol.evidence.bodycamera.BodyCameraFootage;
import org.leoprotocol.evidence.web.EvidenceListView;
import org.leoprotocol.evidence.web.EvidenceRoutes;
import org.leoprotocol.evidence.web.TraceView;
import org.leoprotocol.evidence.web.UploadView;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The evidence pages: the list of items one may see, an item's page (a view, recorded in the ledger) with its preview,
 * links, exports and chain of custody, the upload page, and the leak trace page.
 */
@Controller
@PreAuthorize(EvidenceRoles.HANDLES_EVIDENCE)
class EvidenceController {

	private final EvidenceCustody custody;
	private final EvidenceExports exports;
	private final LeakTrace trace;
	private final EvidenceProperties properties;
	private final EvidenceRetention retention;
	private final BodyCameraFootage footage;
	private final EvidenceViews views;
	private final Refusals refusals;

	EvidenceController(EvidenceCustody custody, EvidenceExports exports, LeakTrace trace, EvidenceProperties properties,
			EvidenceRetention retention, EvidenceViews views, BodyCameraFootage footage, Refusals refusals) {
		this.refusals = refusals;
		this.footage = footage;
		this.retention = retention;
		this.views = views;
		this.custody = custody;
		this.exports = exports;
		this.trace = trace;
		this.properties = properties;
	}

	@GetMapping(EvidenceRoutes.LIST)
	String list(Actor actor, Model model) {
		model.addAttribute("view", new EvidenceListView(custody.list(actor).stream().map(views::row).toList(),
				actor.hasAny(org.leoprotocol.shared.Role.OFFICER, org.leoprotocol.shared.Role.SUPERVISOR,
						org.leoprotocol.shared.Role.INVESTIGATOR, org.leoprotocol.shared.Role.COMMAND),
				mayManageCases(actor)));
		return "evidence/list";
	}

	@GetMapping(EvidenceRoutes.LIST + "/{id}")
	String item(@PathVariable String id, Actor actor, Model model) {
		EvidenceId evidence = EvidenceId.of(id);
		boolean manages = mayManageCases(actor);
		var record = custody.view(evidence, actor);
		model.addAttribute("view", views.detail(record, exports.of(evidence), manages, manages,
				views.retention(retention.status(evidence), retention.categories(), manages,
						actor.has(org.leoprotocol.shared.Role.COMMAND)),
				(String) model.getAttribute("notice"), (String) model.getAttribute("problem"),
				footage.page(evidence, views::when).orElse(null)));
		return "evidence/detail";
	}

	@GetMapping(EvidenceRoutes.LIST + "/{id}/exports")
	String exportsFragment(@PathVariable String id, @RequestHeader(name = "HX-Request", required = false) String htmx,
			Actor actor, Model model) {
		if (htmx == null) {
			return "redirect:" + EvidenceRoutes.item(id);
		}
		EvidenceId evidence = EvidenceId.of(id);
		custody.permitted(evidence, actor, "list exports");
		List<EvidenceExport> made = exports.of(evidence);
		model.addAttribute("itemId", id);
		model.addAttribute("exports", views.exports(made));
		model.addAttribute("running", made.stream().anyMatch(e -> e.state() == ExportState.RUNNING));
		return "evidence/exports";
	}

	@PostMapping(EvidenceRoutes.LIST + "/{id}/exports")
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	String export(@PathVariable String id, @RequestParam(defaultValue = "") String recipient,
			@RequestParam(defaultValue = "") String purpose, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		try {
			EvidenceExport export = exports.export(EvidenceId.of(id), recipient, purpose, actor);
			redirect.addFlashAttribute("notice",
					views.text(export.state() == ExportState.RUNNING ? "evidence.pages.notice.export.running"
							: "evidence.pages.notice.export.ready", export.code(), export.recipient()));
		}
		catch (InvalidInput | WrongState refused) {
			redirect.addFlashAttribute("problem", refusals.said(refused, locale));
		}
		return "redirect:" + EvidenceRoutes.item(id);
	}

	@PostMapping(EvidenceRoutes.LIST + "/{id}/links")
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	String link(@PathVariable String id, @RequestParam(defaultValue = "CASE") String kind,
			@RequestParam(defaultValue = "") String reference, @RequestParam(defaultValue = "") String subjectOfficerId,
			Actor actor, Locale locale, RedirectAttributes redirect) {
		try {
			LinkKind linkKind = kind.equals("INCIDENT") ? LinkKind.INCIDENT : LinkKind.CASE;
			org.leoprotocol.personnel.OfficerId subject = subjectOfficerId.isBlank() ? null
					: org.leoprotocol.personnel.OfficerId.of(subjectOfficerId.strip());
			custody.link(EvidenceId.of(id), linkKind, reference, subject, actor);
			redirect.addFlashAttribute("notice",
					views.text("evidence.pages.notice.linked." + linkKind.name(), reference.strip()));
		}
		catch (InvalidInput | WrongState refused) {
			redirect.addFlashAttribute("problem", refusals.said(refused, locale));
		}
		return "redirect:" + EvidenceRoutes.item(id);
	}

	@PostMapping(EvidenceRoutes.LIST + "/{id}/retention")
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	String retention(@PathVariable String id, @RequestParam(defaultValue = "") String category, Actor actor,
			Locale locale, RedirectAttributes redirect) {
		return change(id, redirect, locale,
				() -> retention.apply(custody.permitted(EvidenceId.of(id), actor, "set retention").id(), category,
						actor),
				views.text("evidence.pages.notice.category", views.category(category.strip(), category.strip())));
	}

	@PostMapping(EvidenceRoutes.LIST + "/{id}/hold")
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	String hold(@PathVariable String id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "place") String action, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		EvidenceId evidence = custody.permitted(EvidenceId.of(id), actor, "legal hold").id();
		if (action.equals("lift")) {
			if (!actor.has(org.leoprotocol.shared.Role.COMMAND)) {
				throw new AccessRefused("evidence.access.lift-hold");
			}
			return change(id, redirect, locale, () -> retention.liftHold(evidence, reason, actor),
					views.text("evidence.pages.notice.hold.lifted"));
		}
		return change(id, redirect, locale, () -> retention.placeHold(evidence, reason, actor),
				views.text("evidence.pages.notice.hold.placed"));
	}

	@PostMapping(EvidenceRoutes.LIST + "/{id}/restore")
	@PreAuthorize("hasRole('COMMAND')")
	String restore(@PathVariable String id, Actor actor, Locale locale, RedirectAttributes redirect) {
		return change(id, redirect, locale,
				() -> retention.restore(custody.permitted(EvidenceId.of(id), actor, "restore").id(), actor),
				views.text("evidence.pages.notice.restored"));
	}

	@GetMapping(EvidenceRoutes.RETENTION)
	@PreAuthorize(EvidenceRoles.RECORDS_OFFICERS)
	String retentionReport(Model model) {
		model
			.addAttribute("rows", retention
				.report().stream().map(status -> new org.leoprotocol.evidence.web.RetentionRow(
						status.id().toString(), status.fileName(), String.join(", ", status.categories()),
						status.retainUntil() == null ? views.text("evidence.pages.retention.until.manual")
								: views.when(status.retainUntil()),
						status.legalHold() == null
								? (status.inCase() ? views.text("evidence.pages.retention.held.case") : "")
								: views.text("evidence.pages.retention.held.legal", status.legalHold()),
						views.text("evidence.pages.state." + status.state().name()), views.when(status.deletionDue())))
				.toList());
		return "evidence/retention";
	}

	private String change(String id, RedirectAttributes redirect, Locale locale, Runnable change, String notice) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInput | WrongState refused) {
			redirect.addFlashAttribute("problem", refusals.said(refused, locale));
		}
		return "redirect:" + EvidenceRoutes.item(id);
	}

	@GetMapping(EvidenceRoutes.UPLOAD)
	@PreAuthorize(EvidenceRoles.MAY_UPLOAD)
	String upload(Model model) {
		model.addAttribute("view", new UploadView(Arrays.stream(EvidenceKind.values()).map(Enum::name).toList(),
				properties.maxSize().toBytes(), views.size(properties.maxSize().toBytes())));
		return "evidence/upload";
	}

	@GetMapping(EvidenceRoutes.TRACE)
	@PreAuthorize(EvidenceRoles.MAY_MANAGE_CASES)
	String trace(@RequestParam(defaultValue = "") String code, Model model) {
		if (code.isBlank()) {
			model.addAttribute("view", new TraceView("", null, null));
			return "evidence/trace";
		}
		try {
			model.addAttribute("view",
					new TraceView(code, result(trace.traceCode(code)), null));
		}
		catch (InvalidInput bad) {
			model.addAttribute("view",
					new TraceView(code, null, views.text("evidence.pages.trace.bad-code", code.strip())));
		}
		return "evidence/trace";
	}

	/**
	 * The answer to a trace on the page, with its explanation in the reader's language (a typed code's export with its
	 * time in the agency's zone).
	 */
	TraceView.Result result(Trace trace) {
		EvidenceExport e = trace.export();
		String explanation = trace.match() == LeakTrace.Match.TYPED_CODE && e != null
				? views.text("evidence.pages.trace.found", e.code(), e.recipient(), e.requestedBy(),
						views.when(e.requestedAt()))
				: views.text(trace.explanation().key(), trace.explanation().getArguments());
		return new TraceView.Result(trace.match().name(), explanation, e == null ? "" : "LEO-" + e.code(),
				e == null ? "" : e.recipient(), e == null ? "" : e.purpose(), e == null ? "" : e.requestedBy(),
				e == null ? "" : views.when(e.requestedAt()), e == null ? "" : e.evidence().toString());
	}

	private static boolean mayManageCases(Actor who) {
		return who.hasAny(org.leoprotocol.shared.Role.INVESTIGATOR, org.leoprotocol.shared.Role.COMMAND);
	}
}
