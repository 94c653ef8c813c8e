package org.leoprotocol.protocol.definition;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.web.ProtocolDraft;
import org.leoprotocol.protocol.web.ProtocolPage;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The publication form on the protocol page: command staff and administrators draft the next version from the current
 * one and publish it through {@link Protocols}, the same door the API uses. A refusal shows the page again with
 * everything as typed and the reason next to the step or field it is about.
 */
@Controller
@PreAuthorize(ProtocolController.PUBLISHERS)
class ProtocolPublicationController {

	private final Protocols protocols;
	private final ProtocolController page;
	private final Refusals refusals;

	ProtocolPublicationController(Protocols protocols, ProtocolController page, Refusals refusals) {
		this.protocols = protocols;
		this.page = page;
		this.refusals = refusals;
	}

	@PostMapping(ProtocolPage.PATH)
	String publish(@RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "") String action,
			Actor actor, Model model, HttpServletResponse response) {
		ProtocolDraft draft = ProtocolDrafts.read(form);
		if (ProtocolDraft.ADD_STEP.equals(action)) {
			return page.show(null, draft.withNewStep(), model);
		}
		ProtocolDrafts.Checked checked = ProtocolDrafts.check(draft.steps(),
				refused -> refusals.said(refused, LocaleContextHolder.getLocale()));
		if (checked.refused()) {
			return refuse(new InvalidInput("protocol.draft.steps.refused"), draft, checked, model, response);
		}
		try {
			ProtocolVersion published = protocols.publish(draft.name(), draft.notes(), checked.steps(), actor);
			return "redirect:" + ProtocolPage.PATH + "?version=" + published.version();
		}
		catch (InvalidInput | WrongState refused) {
			return refuse(refused, draft, checked, model, response);
		}
	}

	/**
	 * The page again with the draft as typed and why it was refused, answered with the status of the refusal's kind.
	 */
	private String refuse(Refusal refused, ProtocolDraft draft, ProtocolDrafts.Checked checked, Model model,
			HttpServletResponse response) {
		String why = refusals.answered(refused, response, LocaleContextHolder.getLocale());
		return page.show(null, draft.refused(why, checked.drafts()), model);
	}
}
