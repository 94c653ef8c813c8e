package org.leoprotocol.personnel.duty;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.shared.Actor;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The duty roster over JSON: who is on duty at an instant (default now), adding one shift, ending or removing one, and
 * importing a CSV file of shifts (422 listing every bad row).
 */
@RestController
@RequestMapping(DutyController.API)
@PreAuthorize(DutyController.ANY_STAFF)
class DutyApi {

	private final DutyBoard board;
	private final ShiftDesk desk;
	private final ShiftImport shiftImport;
	private final AuditTrail audit;

	DutyApi(DutyBoard board, ShiftDesk desk, ShiftImport shiftImport, AuditTrail audit) {
		this.board = board;
		this.desk = desk;
		this.shiftImport = shiftImport;
		this.audit = audit;
	}

	/**
	 * {@code at} is an instant ({@code 2026-12-05T13:00:00Z}) or the agency's local time ({@code 2026-12-05T07:00}).
	 */
	@GetMapping
	List<DutyEntry> onDuty(@RequestParam(required = false) String at) {
		Instant when = board.instant(at);
		audit.query(AuditAction.SEARCH, ShiftDesk.COMPONENT, "DutyShift",
				Sentence.ofText("audit.detail.search.criteria", "at=" + when));
		return board.onDutyAt(when);
	}

	@PostMapping("/shifts")
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize(DutyController.MAY_EDIT)
	Shift add(@RequestBody ShiftRequest request, Actor actor) {
		Shift shift = shiftImport.parse(request);
		desk.add(shift, actor);
		return shift;
	}

	@PostMapping("/shifts/{id}/end")
	@PreAuthorize(DutyController.MAY_EDIT)
	void end(@PathVariable UUID id) {
		desk.endNow(id);
	}

	@DeleteMapping("/shifts/{id}")
	@PreAuthorize(DutyController.MAY_EDIT)
	void remove(@PathVariable UUID id) {
		desk.remove(id);
	}

	@PostMapping(path = "/imports", consumes = "text/csv")
	@PreAuthorize(DutyController.MAY_EDIT)
	ShiftImportReport importShifts(HttpServletRequest request, Actor actor) throws IOException {
		try (Reader csv = new InputStreamReader(request.getInputStream(), StandardCharsets.UTF_8)) {
			return shiftImport.importCsv(csv, actor);
		}
	}
}
