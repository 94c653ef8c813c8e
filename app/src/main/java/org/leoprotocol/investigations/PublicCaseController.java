package org.leoprotocol.investigations;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.investigations.web.MinutesView;
import org.leoprotocol.investigations.web.PublicCaseView;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public case page and the review board's public minutes; nothing on them names a person. */
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
	String publicCase(@PathVariable String caseNumber, Model model) {
		PublicCase found = reports.publicCase(caseNumber);
		model.addAttribute("view", new PublicCaseView(found.caseNumber(), found.status(), day(found.openedAt()), day(found.dueAt()),
				day(found.closedAt()), found.categories(),
				found.outcomes().stream().map(o -> new PublicCaseView.Outcome(o.category(), o.finding())).toList()));
		return "investigations/public-case";
	}

	@GetMapping(InvestigationRoutes.MINUTES)
	String minutes(Model model) {
		model.addAttribute("view", new MinutesView(board.publicMinutes().stream()
			.map(m -> new MinutesView.Entry(m.caseNumber(), m.purpose().replace('_', ' ').toLowerCase(), day(m.heldAt()),
					String.join(", ", m.attendeeRoles()), tally(m.tally()) + (m.unanimous() ? " (unanimous)" : ""),
					m.decision().replace('_', ' ').toLowerCase(), m.minutes() == null ? "" : m.minutes()))
			.toList()));
		return "investigations/minutes";
	}

	private String day(Instant instant) {
		return time.day(instant, Locale.ENGLISH);
	}

	private static String tally(Map<String, Long> tally) {
		return tally.entrySet().stream().map(e -> e.getValue() + " for " + e.getKey().replace('_', ' ').toLowerCase())
			.collect(Collectors.joining(", "));
	}
}
