package org.leoprotocol.investigations.cases;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.deadline.DeadlineViews;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One step a form on a case's page asks for: done, the reader goes back to the case with a notice; refused, the case
 * page is shown again as it is, with the refusal in the reader's words and the reading recorded in the audit trail. A
 * reader who may not see the case is turned away before the step is tried.
 */
@Component
class CaseSteps {

	private final Investigations investigations;
	private final CaseViews views;
	private final AuditTrail audit;
	private final DeadlineViews deadlines;
	private final MessageSource messages;

	CaseSteps(Investigations investigations, CaseViews views, AuditTrail audit, DeadlineViews deadlines,
			MessageSource messages) {
		this.investigations = investigations;
		this.views = views;
		this.audit = audit;
		this.deadlines = deadlines;
		this.messages = messages;
	}

	/** The notice shown on the case page once a step is done, in the reader's language. */
	String notice(String key, Object... arguments) {
		return views.text(key, arguments);
	}

	String step(UUID id, Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response,
			String notice, Runnable action) {
		InvestigationId investigation = new InvestigationId(id);
		investigations.checkAccess(investigation, actor);
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + InvestigationRoutes.investigation(id);
		}
		catch (InvalidInput | WrongState | IllegalArgumentException | IllegalStateException refused) {
			response.setStatus(SeparationRefused.status(refused));
			audit.read(Investigations.COMPONENT, Investigations.reference(investigations.find(investigation)),
					Sentence.of("audit.detail.investigation.after-refused-step"));
			model.addAttribute("view", views.view(investigations.find(investigation), actor,
					SeparationRefused.said(refused, messages), null));
			model.addAttribute("deadline", deadlines.view(investigations.find(investigation),
					actor.has(Role.COMMAND), null, LocaleContextHolder.getLocale()));
			return "investigations/detail";
		}
	}

	/** The constant of {@code type} chosen in a form, whatever its case; an unknown or blank choice is refused. */
	static <E extends Enum<E>> E constant(Class<E> type, String value, String what) {
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("investigations.refused.choose", what);
		}
	}

}
