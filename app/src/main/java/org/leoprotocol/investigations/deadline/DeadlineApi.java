package org.leoprotocol.investigations.deadline;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's clocks over JSON: read by case staff; tolled or extended by command only, each with its reason and
 * authority. A refused change is answered as every refusal is: 400 for what was sent, 409 once the case is closed, with
 * a problem document in the client's language ({@code Accept-Language}).
 */
@RestController
@RequestMapping("/api/v1/investigations/{id}/deadlines")
@PreAuthorize("hasAnyRole('INVESTIGATOR','COMMAND')")
class DeadlineApi {

	private final Investigations investigations;
	private final CaseDeadlines deadlines;

	DeadlineApi(Investigations investigations, CaseDeadlines deadlines) {
		this.investigations = investigations;
		this.deadlines = deadlines;
	}

	@GetMapping
	List<ClockState> clocks(@PathVariable UUID id, Actor actor) {
		Investigation investigation = investigations.read(new InvestigationId(id), actor);
		List<ClockAdjustment> history = deadlines.history(investigation.id(), DeadlineClock.STATUTORY);
		return List.of(new ClockState(DeadlineClock.STATUTORY.segment(),
				CaseDeadlines.firstDue(history, investigation.dueAt()),
				investigation.dueAt(), history));
	}

	@PostMapping("/{clock}/tolls")
	@PreAuthorize("hasRole('COMMAND')")
	@ResponseStatus(HttpStatus.CREATED)
	ClockAdjustment toll(@PathVariable UUID id, @PathVariable String clock, @RequestBody TollRequest request,
			Actor actor) {
		InvestigationId investigation = guarded(id, actor);
		return deadlines.toll(investigation, DeadlineClock.of(clock), request.from(), request.until(),
				new DeadlineAuthority(request.reason(), request.authority(), request.reference()), actor);
	}

	@PostMapping("/{clock}/extensions")
	@PreAuthorize("hasRole('COMMAND')")
	@ResponseStatus(HttpStatus.CREATED)
	ClockAdjustment extend(@PathVariable UUID id, @PathVariable String clock, @RequestBody ExtensionRequest request,
			Actor actor) {
		InvestigationId investigation = guarded(id, actor);
		return deadlines.extend(investigation, DeadlineClock.of(clock), request.days(),
				new DeadlineAuthority(request.reason(), request.authority(), request.reference()), actor);
	}

	private InvestigationId guarded(UUID id, Actor actor) {
		return investigations.checkAccess(new InvestigationId(id), actor).id();
	}
}
