package org.leoprotocol.investigations.board;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.investigations.Hearing;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.ReviewBoard;
import org.leoprotocol.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review board over JSON: members (seated by command), hearings on closed cases, each member's vote, the decision;
 * and the public, redacted minutes.
 */
@RestController
class HearingApi {

	static final String BOARD_STAFF = "hasAnyRole('REVIEW_BOARD','INVESTIGATOR','COMMAND')";

	private final ReviewBoard board;
	private final Investigators investigators;
	private final Investigations investigations;

	HearingApi(ReviewBoard board, Investigators investigators, Investigations investigations) {
		this.board = board;
		this.investigators = investigators;
		this.investigations = investigations;
	}

	@GetMapping("/api/v1/board/members")
	@PreAuthorize(BOARD_STAFF)
	List<String> members() {
		return board.members();
	}

	@PostMapping("/api/v1/board/members")
	@PreAuthorize("hasRole('COMMAND')")
	List<String> seat(@RequestBody MemberRequest request) {
		board.seat(request.username(), request.displayName(), request.badgeNumber());
		return board.members();
	}

	@GetMapping("/api/v1/board/cases/{id}")
	@PreAuthorize("hasRole('REVIEW_BOARD')")
	Investigation closedCase(@PathVariable UUID id, Actor actor) {
		return investigations.readClosed(new InvestigationId(id), actor);
	}

	@PostMapping("/api/v1/investigations/{id}/hearings")
	@PreAuthorize(BOARD_STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	Hearing hold(@PathVariable UUID id, @RequestBody HearingRequest request, Actor actor) {
		return board.hold(new InvestigationId(id), request.purpose(),
				request.subjectBadge() == null ? null : investigators.officerByBadge(request.subjectBadge()),
				request.heldAt(),
				request.attendees(), request.presented(), request.minutes(), actor);
	}

	@GetMapping("/api/v1/investigations/{id}/hearings")
	@PreAuthorize(BOARD_STAFF)
	List<Hearing> hearings(@PathVariable UUID id, Actor actor) {
		investigations.checkAccess(new InvestigationId(id), actor);
		return board.of(new InvestigationId(id));
	}

	@PostMapping("/api/v1/hearings/{id}/votes")
	@PreAuthorize("hasRole('REVIEW_BOARD')")
	Hearing vote(@PathVariable UUID id, @RequestBody VoteRequest request, Actor actor) {
		return board.vote(id, actor, request.choice());
	}

	@PostMapping("/api/v1/hearings/{id}/decision")
	@PreAuthorize("hasAnyRole('REVIEW_BOARD','COMMAND')")
	Hearing decide(@PathVariable UUID id, Actor actor) {
		return board.decide(id, actor);
	}

	@GetMapping("/api/v1/public/minutes")
	List<PublicMinutes> minutes() {
		return board.publicMinutes();
	}
}
