package org.leoprotocol.investigations.board;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.investigations.InvestigationTexts;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.investigations.separation.SeparationRefused;
import org.leoprotocol.investigations.web.BoardView;
import org.leoprotocol.investigations.web.InvestigationRoutes;
import org.leoprotocol.personnel.OfficerUnavailableRefused;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.WrongState;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The review board's page: undecided hearings, each member's vote, and the decision. */
@Controller
@PreAuthorize("hasAnyRole('REVIEW_BOARD','COMMAND')")
class BoardController {

	private final AgencyTime time;
	private final ReviewBoard board;
	private final Investigations investigations;
	private final MessageSource messages;
	private final InvestigationTexts texts;

	BoardController(ReviewBoard board, Investigations investigations, MessageSource messages, AgencyTime time,
			InvestigationTexts texts) {
		this.texts = texts;
		this.time = time;
		this.messages = messages;
		this.board = board;
		this.investigations = investigations;
	}

	@GetMapping(InvestigationRoutes.BOARD)
	String board(Actor actor, Model model) {
		model.addAttribute("view", view(actor, null, (String) model.getAttribute("notice")));
		return "investigations/board";
	}

	@PostMapping(InvestigationRoutes.BOARD + "/hearings/{id}/votes")
	@PreAuthorize("hasRole('REVIEW_BOARD')")
	String vote(@PathVariable UUID id, @RequestParam(defaultValue = "") String choice, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		return step(actor, model, redirect, response, texts.text("investigations.pages.board.notice.voted"),
				() -> board.vote(id, actor, choice));
	}

	@PostMapping(InvestigationRoutes.BOARD + "/members")
	@PreAuthorize("hasRole('COMMAND')")
	String seat(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String badgeNumber, Actor actor, Model model,
			RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(actor, model, redirect, response,
				texts.text("investigations.pages.board.notice.seated", displayName.strip()),
				() -> board.seat(username, displayName, badgeNumber));
	}

	@PostMapping(InvestigationRoutes.BOARD + "/hearings/{id}/decision")
	String decide(@PathVariable UUID id, Actor actor, Model model, RedirectAttributes redirect,
			HttpServletResponse response) {
		return step(actor, model, redirect, response,
				texts.text("investigations.pages.board.notice.decided"),
				() -> board.decide(id, actor));
	}

	private String step(Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response,
			String notice,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
			return "redirect:" + InvestigationRoutes.BOARD;
		}
		catch (OfficerUnavailableRefused unavailable) {
			throw unavailable;
		}
		catch (InvalidInput | WrongState | IllegalArgumentException | IllegalStateException refused) {
			response.setStatus(SeparationRefused.status(refused));
			model.addAttribute("view", view(actor, SeparationRefused.said(refused, messages), null));
			return "investigations/board";
		}
	}

	/** A tally as the reader reads it: "termination 3, suspension 1", "despido 3, suspensión 1". */
	private String tally(java.util.Map<String, Long> tally) {
		return tally.entrySet().stream()
			.map(vote -> texts.text("investigations.pages.board.tally",
					texts.text("investigations.pages.action." + vote.getKey()), vote.getValue()))
			.collect(Collectors.joining(", "));
	}

	private BoardView view(Actor actor, String problem, String notice) {
		boolean member = actor.has(Role.REVIEW_BOARD);
		List<BoardView.HearingRow> rows = board.undecided().stream()
			.map(h -> new BoardView.HearingRow(h.id().toString(),
					investigations.find(h.investigationId()).caseNumber(), texts.name("purpose", h.purpose()),
					time.stamp(h.heldAt()),
					h.attendees().stream().map(a -> a.name() + " (" + a.role() + ")").collect(Collectors.joining(", ")),
					h.presented() == null ? "" : h.presented(),
					h.tally().isEmpty() ? texts.text("investigations.pages.board.no-votes") : tally(h.tally()),
					h.purpose().choices(),
					h.votes().stream().anyMatch(v -> v.member().equals(actor.username()))))
			.toList();
		return new BoardView(rows, member, board.members(), board.quorum(), actor.has(Role.COMMAND), problem,
				notice);
	}
}
