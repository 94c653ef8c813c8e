package org.leoprotocol.investigations.publication;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.investigations.CasePublication;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.investigations.web.PublicTextsView;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The page where a case's public texts are written and approved: the review board and command read each pending text
 * redacted, with what was removed, and approve it unless they wrote it; investigators write a case's public summary.
 */
@Controller
@PreAuthorize("hasAnyRole('REVIEW_BOARD','COMMAND','INVESTIGATOR')")
class PublicTextController {

	private static final String PAGE = "investigations/public-texts";

	private final CasePublication publication;
	private final MessageSource messages;

	PublicTextController(CasePublication publication, MessageSource messages) {
		this.publication = publication;
		this.messages = messages;
	}

	@GetMapping(InvestigationRoutes.PUBLIC_TEXTS)
	String page(Actor actor, Model model) {
		model.addAttribute("view", view(actor, null, (String) model.getAttribute("notice")));
		return PAGE;
	}

	@PostMapping(InvestigationRoutes.PUBLIC_TEXTS + "/{id}/approval")
	@PreAuthorize(PublicTextApi.APPROVERS)
	String approve(@PathVariable UUID id, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(actor, model, redirect, response, "redaction.page.approved",
				() -> publication.approve(id, actor));
	}

	@PostMapping(InvestigationRoutes.PUBLIC_TEXTS + "/summaries")
	@PreAuthorize(CaseStaff.ROLES)
	String writeSummary(@RequestParam(defaultValue = "") String caseNumber,
			@RequestParam(defaultValue = "") String text,
			Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response) {
		return step(actor, model, redirect, response, "redaction.page.summary.written",
				() -> publication.writeSummary(caseNumber, text, actor));
	}

	private String step(Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response,
			String noticeKey,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", messages.getMessage(noticeKey, null, LocaleContextHolder.getLocale()));
			return "redirect:" + InvestigationRoutes.PUBLIC_TEXTS;
		}
		catch (InvalidInput | WrongState | IllegalArgumentException | IllegalStateException refused) {
			response.setStatus(SeparationRefused.status(refused));
			model.addAttribute("view", view(actor, SeparationRefused.said(refused, messages), null));
			return PAGE;
		}
	}

	private PublicTextsView view(Actor actor, String problem, String notice) {
		boolean mayApprove = actor.hasAny(Role.REVIEW_BOARD, Role.COMMAND);
		boolean mayWrite = actor.hasAny(Role.INVESTIGATOR, Role.COMMAND);
		List<PublicTextsView.Pending> pending = mayApprove
				? publication.pending().stream().map(text -> pending(text, actor.username())).toList() : List.of();
		return new PublicTextsView(pending, mayApprove, mayWrite, problem, notice);
	}

	private static PublicTextsView.Pending pending(PublicText text, String reader) {
		return new PublicTextsView.Pending(text.id().toString(), "redaction.page.kind." + text.kind().name(),
				text.caseNumber(),
				text.writtenBy(), text.writtenText(), text.redactedText(),
				text.removals().stream().map(r -> new PublicTextsView.Removed(r.found(), r.mark(), r.reason()))
					.toList(),
				text.writtenBy().equalsIgnoreCase(reader));
	}
}
