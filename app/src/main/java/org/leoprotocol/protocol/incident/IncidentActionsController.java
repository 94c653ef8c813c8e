package org.leoprotocol.protocol.incident;

import org.leoprotocol.protocol.DecisionKind;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.protocol.TimelineEventType;
import org.leoprotocol.protocol.broadcast.Broadcasts;
import org.leoprotocol.protocol.reunification.IdentityDocument;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.protocol.reunification.Reunification;
import org.leoprotocol.protocol.timeline.AmendmentDesk;
import org.leoprotocol.protocol.timeline.ResponseLog;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms on an incident's page: a step done, a dispatch event, a broadcast, a release after verification and a
 * decision. Each answers with the incident's page again, with a notice or with the domain's reason for refusing.
 */
@Controller
@PreAuthorize(IncidentAccess.RESPONDERS)
class IncidentActionsController {

	private final ResponseLog log;
	private final Reunification reunification;
	private final Broadcasts broadcasts;
	private final StaffMembers staff;
	private final AmendmentDesk amendments;
	private final MessageSource messages;
	private final IncidentAccess access;

	IncidentActionsController(ResponseLog log, Reunification reunification, Broadcasts broadcasts, StaffMembers staff,
			AmendmentDesk amendments, MessageSource messages, IncidentAccess access) {
		this.access = access;
		this.amendments = amendments;
		this.messages = messages;
		this.log = log;
		this.reunification = reunification;
		this.broadcasts = broadcasts;
		this.staff = staff;
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/steps/{code}/done")
	String stepDone(@PathVariable String id, @PathVariable String code, @RequestParam(defaultValue = "") String note,
			@RequestParam(defaultValue = "") String performedBy, Actor actor, RedirectAttributes redirect) {
		return act(id, actor, redirect, text("step", code),
				() -> log.completeStep(IncidentId.of(id), code, staff.performer(performedBy), note, actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/amendments")
	String propose(@PathVariable String id, @RequestParam(defaultValue = "0") long entry,
			@RequestParam(defaultValue = "") String performedBy, @RequestParam(defaultValue = "") String reason,
			Actor actor, RedirectAttributes redirect) {
		return act(id, actor, redirect,
				messages.getMessage("protocol-acts.amendment.proposed", null, LocaleContextHolder.getLocale()),
				() -> amendments.propose(IncidentId.of(id), entry, staff.performer(performedBy), reason,
						actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/amendments/{amendment}/approve")
	@PreAuthorize(IncidentAccess.APPROVERS)
	String approve(@PathVariable String id, @PathVariable java.util.UUID amendment, Actor actor,
			RedirectAttributes redirect) {
		return act(id, actor, redirect,
				messages.getMessage("protocol-acts.amendment.approved", null, LocaleContextHolder.getLocale()),
				() -> amendments.approve(IncidentId.of(id), amendment, actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/dispatch")
	String dispatch(@PathVariable String id, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String officerBadge, Actor actor, RedirectAttributes redirect) {
		return act(id, actor, redirect, text("dispatch"), () -> log.dispatch(IncidentId.of(id),
				PageInput.choice(TimelineEventType.class, type, new Phrase("word.field.dispatch-event")),
				staff.officer(officerBadge), null,
				actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/camera")
	String camera(@PathVariable String id, @RequestParam(defaultValue = "") String type,
			@RequestParam(defaultValue = "") String deviceId, @RequestParam(defaultValue = "") String officerBadge,
			@RequestParam(defaultValue = "") String note, Actor actor, RedirectAttributes redirect) {
		return act(id, actor, redirect, text("camera"), () -> log.camera(IncidentId.of(id),
				PageInput.choice(TimelineEventType.class, type, new Phrase("word.field.body-camera-event")), deviceId,
				staff.officer(officerBadge), null,
				note, actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/broadcasts")
	String broadcast(@PathVariable String id, @RequestParam(defaultValue = "") String text, Actor actor,
			RedirectAttributes redirect) {
		return act(id, actor, redirect, text("broadcast"),
				() -> broadcasts.issue(IncidentId.of(id), text, actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/release")
	String release(@PathVariable String id, ReleaseForm form, Actor actor, RedirectAttributes redirect) {
		return act(id, actor, redirect, text("release"),
				() -> reunification.release(IncidentId.of(id), form.toVerification(staff), actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/decisions")
	String decide(@PathVariable String id, @RequestParam(defaultValue = "") String decision,
			@RequestParam(defaultValue = "") String reason, Actor actor, RedirectAttributes redirect) {
		return act(id, actor, redirect, text("decision"), () -> reunification.decide(IncidentId.of(id),
				PageInput.choice(DecisionKind.class, decision, new Phrase("word.field.decision")), reason, actor));
	}

	@PostMapping(IncidentRoutes.LIST + "/{id}/close")
	@PreAuthorize(IncidentAccess.APPROVERS)
	String close(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Actor actor,
			RedirectAttributes redirect) {
		return act(id, actor, redirect,
				messages.getMessage("protocol-acts.close.done", null, LocaleContextHolder.getLocale()),
				() -> reunification.close(IncidentId.of(id), reason, actor));
	}

	/** A notice in the reader's language. */
	private String text(String notice, Object... arguments) {
		return messages.getMessage("protocol-acts.notice." + notice, arguments, LocaleContextHolder.getLocale());
	}

	private String act(String id, Actor actor, RedirectAttributes redirect, String notice, Runnable action) {
		access.require(IncidentId.of(id), actor, "act on incident");
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (InvalidInput | WrongState | UnknownRecord refused) {
			redirect.addFlashAttribute("problem", messages.getMessage(refused.messageKey(), refused.messageArguments(),
					refused.messageKey(), LocaleContextHolder.getLocale()));
		}
		return "redirect:" + IncidentRoutes.incident(IncidentId.of(id));
	}

	/** The release form as posted; blank fields are missing checks, which the verification names. */
	record ReleaseForm(String claimantName, String relationship, String documentType, String documentIssuer,
			String documentLastFour, String photoMatches, String recognition, String recognitionNote,
			String custodyClear,
			String authorisationSource, String verifyingOfficerBadge, String confirmingOfficerBadge) {

		ReleaseVerification toVerification(StaffMembers staff) {
			boolean noDocument = PageInput.blank(documentType) && PageInput.blank(documentIssuer)
					&& PageInput.blank(documentLastFour);
			return new ReleaseVerification(claimantName, relationship,
					noDocument ? null : new IdentityDocument(documentType, documentIssuer, documentLastFour),
					PageInput.yesNo(photoMatches),
					PageInput.blank(recognition) ? null
							: PageInput.choice(Recognition.class, recognition, new Phrase("word.field.recognition")),
					recognitionNote, PageInput.yesNo(custodyClear), authorisationSource,
					staff.officer(verifyingOfficerBadge),
					staff.officer(confirmingOfficerBadge));
		}
	}
}
