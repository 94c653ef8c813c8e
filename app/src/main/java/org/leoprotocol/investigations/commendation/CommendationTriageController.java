package org.leoprotocol.investigations.commendation;

import org.leoprotocol.complaints.Complaint;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.ComplaintSubjects;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.StageNote;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.WrongState;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The triage queue's action for a commendation: a commendation opens no case, so triage acknowledges it and forwards it
 * to the officer's record, where the officer's commendations page and early warning already count it. The person who
 * sent it reads "Forwarded to the officer's record" on the status page, in their language. The reader must be free to
 * read it (not named in it, no stake in it), as for any complaint.
 */
@Controller
@PreAuthorize(CaseStaff.ROLES)
class CommendationTriageController {

	static final String NOTE = "complaints.note.forwarded";

	private final ComplaintSubjects subjects;
	private final ComplaintIntake intake;

	CommendationTriageController(ComplaintSubjects subjects, ComplaintIntake intake) {
		this.subjects = subjects;
		this.intake = intake;
	}

	@PostMapping(InvestigationRoutes.TRIAGE + "/{complaintId}/forward")
	String forward(@PathVariable String complaintId, Actor actor, RedirectAttributes redirect) {
		Complaint commendation = subjects.read(ComplaintId.parse(complaintId), actor);
		if (commendation.kind() != Kind.COMMENDATION) {
			throw new WrongState("investigations.refused.commendation.only");
		}
		intake.moveTo(commendation.id(), Stage.FORWARDED, StageNote.explained(NOTE, null,
				"Thank you. Your commendation has been forwarded to the officer's record."), null);
		redirect.addFlashAttribute("notice", "investigations.triage.forwarded");
		redirect.addFlashAttribute("noticeArgument", commendation.trackingCode());
		return "redirect:" + InvestigationRoutes.TRIAGE;
	}
}
