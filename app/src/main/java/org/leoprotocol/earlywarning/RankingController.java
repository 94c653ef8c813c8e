package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.earlywarning.web.RankingRow;
import org.leoprotocol.earlywarning.web.RankingView;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The ranking page: the agency's whole workforce on any date ranked by the rule score with what was known before it,
 * the top {@value #RANKING_SIZE} shown with their reasons and a link to the agency's model card. Every ranking read is
 * audited as a search of officers' histories.
 */
@Controller
class RankingController {

	static final int RANKING_SIZE = 50;

	private final EarlyWarning earlyWarning;
	private final AuditTrail audit;
	private final MessageSource messages;

	RankingController(EarlyWarning earlyWarning, AuditTrail audit, MessageSource messages) {
		this.earlyWarning = earlyWarning;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping(EarlyWarningRoutes.RANKING)
	@PreAuthorize(EarlyWarningController.READERS)
	String ranking(@RequestParam(defaultValue = "") String agency, @RequestParam(defaultValue = "") String asOf,
			Model model, Locale locale) {
		List<String> agencies = earlyWarning.agencies();
		String chosen = agency.isBlank() ? (agencies.isEmpty() ? "" : agencies.get(0)) : agency.strip();
		LocalDate date = asOf.isBlank() ? earlyWarning.today()
				: EarlyWarningController.parseDate(asOf, "earlywarning.ranking.date");
		audit.query(AuditAction.SEARCH, EarlyWarning.COMPONENT, "OfficerHistory",
				Sentence.ofText("audit.detail.search.ranking", "agency=" + chosen + " through=" + date));
		List<RankedOfficer> ranked = chosen.isEmpty() ? List.of()
				: earlyWarning.ranking(chosen, date.plusDays(1));
		List<RankingRow> rows = new java.util.ArrayList<>();
		for (RankedOfficer officer : ranked.subList(0, Math.min(RANKING_SIZE, ranked.size()))) {
			rows.add(new RankingRow(officer.place(), officer.indicators().label(),
					EarlyWarningController.score(officer.score()),
					officer.indicators().complaints2y(), Math.round(officer.indicators().peerPercentile() * 100) + " %",
					officer.reasons().stream().map(reason -> messages.getMessage(reason.words(), locale)).toList()));
		}
		model.addAttribute("view", new RankingView(agencies, chosen, date, ranked.size(), rows,
				chosen.isEmpty() ? "" : EarlyWarningRoutes.modelCard(chosen)));
		return "earlywarning/ranking";
	}
}
