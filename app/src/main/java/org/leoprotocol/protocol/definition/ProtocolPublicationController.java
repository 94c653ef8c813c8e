package org.leoprotocol.protocol.definition;

import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.protocol.web.ProtocolDraft;
import org.leoprotocol.protocol.web.ProtocolPage;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

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

	ProtocolPublicationController(Protocols protocols, ProtocolController page) {
		this.protocols = protocols;
		this.page = page;
	}

	@PostMapping(ProtocolPage.PATH)
	String publish(@RequestParam MultiValueMap<String, String> form, @RequestParam(defaultValue = "") String action,
			Authentication user, Model model, HttpServletResponse response) {
		ProtocolDraft draft = ProtocolDrafts.read(form);
		if (ProtocolDraft.ADD_STEP.equals(action)) {
			return page.show(null, draft.withNewStep(), model);
		}
		ProtocolDrafts.Checked checked = ProtocolDrafts.check(draft.steps());
		if (checked.refused()) {
			return refuse(draft.refused("Some steps need correcting; each says why below.", checked.drafts()), model,
					response);
		}
		try {
			ProtocolVersion published = protocols.publish(draft.name(), draft.notes(), checked.steps(), user.getName());
			return "redirect:" + ProtocolPage.PATH + "?version=" + published.version();
		}
		catch (IllegalArgumentException refused) {
			return refuse(draft.refused(refused.getMessage(), checked.drafts()), model, response);
		}
	}

	private String refuse(ProtocolDraft draft, Model model, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		return page.show(null, draft, model);
	}
}
