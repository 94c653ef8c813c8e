package org.leoprotocol.complaints.commendation;

import java.util.Comparator;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.complaints.Complaint;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.web.CommendationsView;
import org.leoprotocol.complaints.web.ComplaintRoutes;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.AgencyTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * An officer's commendations from the public: the fragment the officer's record loads with htmx, or a page of its own
 * without JavaScript. Staff read what the public wrote, never who wrote it.
 */
@Controller
@PreAuthorize("hasAnyRole('OFFICER','SUPERVISOR','INVESTIGATOR','REVIEW_BOARD','COMMAND','ADMIN')")
class CommendationController {

	private final ComplaintIntake intake;
	private final AuditTrail audit;
	private final AgencyTime time;

	CommendationController(ComplaintIntake intake, AuditTrail audit, AgencyTime time) {
		this.time = time;
		this.intake = intake;
		this.audit = audit;
	}

	@GetMapping(ComplaintRoutes.STAFF_LIST + "/commendations/{officerId}")
	String commendations(@PathVariable UUID officerId,
			@RequestHeader(name = "HX-Request", required = false) String htmx,
			Locale locale, Model model) {
		audit.query(AuditAction.SEARCH, ComplaintIntake.COMPONENT, "Commendation",
				Sentence.ofText("audit.detail.search.criteria", "officer=" + officerId));
		model.addAttribute("view",
				new CommendationsView(officerId.toString(), intake.commendationsOf(new OfficerId(officerId)).stream()
					.sorted(Comparator.comparing(Complaint::receivedAt).reversed())
					.map(c -> new CommendationsView.Row(time.format(c.receivedAt(), locale), c.stage().name(),
							c.submission().narrative()))
					.toList()));
		return htmx != null ? "complaints/commendations" : "complaints/commendations-page";
	}
}
