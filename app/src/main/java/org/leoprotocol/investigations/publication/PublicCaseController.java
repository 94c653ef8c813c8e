package org.leoprotocol.investigations.publication;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.investigations.board.PublicMinutes;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.investigations.web.MinutesView;
import org.leoprotocol.investigations.web.PublicCaseView;
import org.leoprotocol.shared.AgencyTime;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public case page and the review board's public minutes, in the visitor's language; nothing on them names a
 * person. Categories and findings use the transparency portal's words, so a case reads the same as its statistics. An
 * unknown case number is a refusal like any other ({@code investigations.refused.publicCase.unknown}), answered 404 in
 * the visitor's language by the one mapping of refusals.
 */
@Controller
class PublicCaseController {

	private final CaseReports reports;
	private final ReviewBoard board;
	private final AgencyTime time;

	PublicCaseController(CaseReports reports, ReviewBoard board, AgencyTime time) {
		this.time = time;
		this.reports = reports;
		this.board = board;
	}

	@GetMapping(InvestigationRoutes.PUBLIC_CASE + "/{caseNumber}")
	String publicCase(@PathVariable String caseNumber, Locale locale, Model model) {
		PublishedCase found = reports.published(caseNumber);
		model.addAttribute("view", new PublicCaseView(found.caseNumber(), "case.status." + found.status().name(),
				time.day(found.openedAt(), locale), time.day(found.dueAt(), locale), time.day(found.closedAt(), locale),
				found.categories().stream().map(PublicCaseController::category).toList(),
				found.outcomes().stream()
					.map(o -> new PublicCaseView.Outcome(category(o.category()), finding(o.finding()))).toList(),
				found.summary(), found.decidedByAlternate()));
		return "investigations/public-case";
	}

	@GetMapping(InvestigationRoutes.MINUTES)
	String minutes(Locale locale, Model model) {
		model.addAttribute("view", new MinutesView(board.publicMinutes().stream().map(m -> entry(m, locale)).toList()));
		return "investigations/minutes";
	}

	private MinutesView.Entry entry(PublicMinutes minutes, Locale locale) {
		return new MinutesView.Entry(minutes.caseNumber(), "minutes.purpose." + minutes.purpose(),
				time.day(minutes.heldAt(), locale), String.join(", ", minutes.attendeeRoles()), votes(minutes.tally()),
				minutes.unanimous(), choice(minutes.decision()), minutes.minutes() == null ? "" : minutes.minutes());
	}

	private static List<MinutesView.Votes> votes(Map<String, Long> tally) {
		return tally.entrySet().stream().map(e -> new MinutesView.Votes(e.getValue(), choice(e.getKey()))).toList();
	}

	private static String category(Category category) {
		return "transparency.category." + category.name();
	}

	private static String finding(Finding finding) {
		return "transparency.finding." + finding.name();
	}

	/** A vote or decision: a personnel action, no action, or the board's concurrence or dissent. */
	private static String choice(String choice) {
		return "minutes.choice." + choice;
	}
}
