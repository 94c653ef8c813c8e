package org.leoprotocol.transparency.policy;

import java.util.Arrays;
import java.util.Locale;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.transparency.PolicyField;
import org.leoprotocol.transparency.PolicyMode;
import org.leoprotocol.transparency.PublicationPolicy;
import org.leoprotocol.transparency.rebuild.RebuildJobs;
import org.leoprotocol.transparency.web.PolicyView;
import org.leoprotocol.transparency.web.TransparencyRoutes;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The staff page where command staff and administrators set the publication policy; every change is audited. */
@Controller
@PreAuthorize(PolicyController.MAY_CHANGE_POLICY)
class PolicyController {

	public static final String MAY_CHANGE_POLICY = "hasAnyRole('COMMAND','ADMIN')";

	private final AgencyTime time;
	private final PublicationPolicy policy;
	private final RebuildJobs jobs;
	private final MessageSource messages;

	PolicyController(PublicationPolicy policy, RebuildJobs jobs, MessageSource messages, AgencyTime time) {
		this.time = time;
		this.policy = policy;
		this.jobs = jobs;
		this.messages = messages;
	}

	@GetMapping(TransparencyRoutes.POLICY)
	String show(Locale locale, Model model) {
		if (!model.containsAttribute("notice")) {
			model.addAttribute("notice", "");
		}
		model.addAttribute("view", new PolicyView(
				policy.current().stream().map(change -> new PolicyView.Field(change.field().name(),
						messages.getMessage("transparency.policy.field." + change.field(), null, locale),
						change.mode().name(),
						change.changedBy() == null ? messages.getMessage("transparency.policy.default", null, locale)
								: messages.getMessage("transparency.policy.changed",
										new Object[] { change.changedBy(), time.stamp(change.changedAt()) }, locale)))
					.toList(),
				Arrays.stream(PolicyMode.values()).map(Enum::name).toList(), (String) model.getAttribute("notice")));
		model.addAttribute("rebuild", RebuildController.view(jobs.status(), time));
		return "transparency/policy";
	}

	@PostMapping(TransparencyRoutes.POLICY)
	String change(@RequestParam PolicyField field, @RequestParam PolicyMode mode, Actor actor, Locale locale,
			RedirectAttributes redirect) {
		policy.change(field, mode, actor);
		redirect.addFlashAttribute("notice", messages.getMessage("transparency.policy.saved", null, locale));
		return "redirect:" + TransparencyRoutes.POLICY;
	}
}
