package org.leoprotocol.training;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.Refusals;
import org.leoprotocol.training.web.ComplianceView;
import org.leoprotocol.training.web.TrainingRoutes;
import org.leoprotocol.training.web.TrainingView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The training pages: every staff member reads the modules and officers acknowledge their own; command staff and
 * administrators add modules; supervisors and command staff see compliance for their part of the chain of command.
 */
@Controller
class TrainingController {

	static final String CREATORS = "hasAnyRole('COMMAND','ADMIN')";
	static final String COMPLIANCE_READERS = "hasAnyRole('SUPERVISOR','COMMAND')";

	private final AgencyTime time;
	private final Training training;
	private final Protocols protocols;
	private final Refusals refusals;

	TrainingController(Training training, Protocols protocols, AgencyTime time, Refusals refusals) {
		this.refusals = refusals;
		this.time = time;
		this.training = training;
		this.protocols = protocols;
	}

	@GetMapping(TrainingRoutes.PAGE)
	String page(@RequestParam(required = false) String notice, Actor actor, Locale locale, Model model) {
		return show(actor, Map.of(), Map.of(),
				"acknowledged".equals(notice) || "created".equals(notice) ? notice : null,
				locale, model);
	}

	@PostMapping(TrainingRoutes.PAGE + "/{moduleId}/acknowledgement")
	String acknowledge(@PathVariable UUID moduleId, Actor actor) {
		training.acknowledge(moduleId, actor);
		return "redirect:" + TrainingRoutes.PAGE + "?notice=acknowledged";
	}

	@PostMapping(TrainingRoutes.PAGE)
	@PreAuthorize(CREATORS)
	String create(@RequestParam Map<String, String> fields, Actor actor, Locale locale, Model model,
			HttpServletResponse response) {
		Integer version;
		try {
			version = Integer.valueOf(fields.getOrDefault("protocolVersion", "").strip());
		}
		catch (NumberFormatException notANumber) {
			version = null;
		}
		NewTrainingModule request = new NewTrainingModule(version, fields.get("title"), fields.get("summary"),
				fields.get("content"),
				fields.get("link"));
		if (!request.problems().isEmpty()) {
			refusals.answered(new FieldsRefused(request.problems().keySet()), response, locale);
			return show(actor, fields, request.problems(), null, locale, model);
		}
		training.create(request, actor);
		return "redirect:" + TrainingRoutes.PAGE + "?notice=created";
	}

	@GetMapping(TrainingRoutes.COMPLIANCE)
	@PreAuthorize(COMPLIANCE_READERS)
	String compliance(@RequestParam(required = false) UUID module, Actor actor, Locale locale, Model model) {
		List<TrainingModule> modules = training.modules();
		List<ComplianceView.Choice> choices = modules.stream()
			.map(m -> new ComplianceView.Choice(m.id().toString(),
					Sentence.of("training.compliance.choice", String.valueOf(m.protocolVersion()), m.heading())))
			.toList();
		if (modules.isEmpty()) {
			model.addAttribute("view",
					new ComplianceView(choices, "", Sentence.of("training.module.typed", ""), List.of(), 0, null));
			return "training/compliance";
		}
		UUID chosen = module != null ? module : modules.get(0).id();
		Compliance compliance = training.compliance(chosen, actor);
		List<ComplianceView.UnitRow> units = compliance
			.units().stream().map(u -> new ComplianceView.UnitRow(u.code(), u.name(),
					u.acknowledged(), u.officers().size(), u.officers().stream()
						.map(o -> new ComplianceView.OfficerRow(o.badgeNumber(), o.name(),
								date(o.acknowledgedAt(), locale)))
						.toList()))
			.toList();
		model.addAttribute("view", new ComplianceView(choices, chosen.toString(), compliance.module().heading(), units,
				compliance.missing().size(), units.isEmpty() ? "training.compliance.noUnit" : null));
		return "training/compliance";
	}

	private String show(Actor actor, Map<String, String> form, Map<String, String> problems, String notice,
			Locale locale, Model model) {
		List<TrainingView.Row> rows = training.mine(actor).stream()
			.map(t -> new TrainingView.Row(t.module().id().toString(), t.module().protocolVersion(),
					t.module().heading(),
					t.module().about(), t.module().content() == null ? "" : t.module().content(),
					t.module().link() == null ? "" : t.module().link(), date(t.acknowledgedAt(), locale)))
			.toList();
		boolean creator = actor.has(Role.COMMAND) || actor.has(Role.ADMIN);
		boolean reader = actor.has(Role.SUPERVISOR) || actor.has(Role.COMMAND);
		List<Integer> versions = protocols.versions().stream().map(ProtocolVersion::version).sorted((a, b) -> b - a)
			.toList();
		model.addAttribute("view",
				new TrainingView(rows, training.isOfficer(actor), creator, reader, versions, form,
						problems, notice));
		return "training/modules";
	}

	private String date(Instant instant, Locale locale) {
		return time.day(instant, locale);
	}
}
