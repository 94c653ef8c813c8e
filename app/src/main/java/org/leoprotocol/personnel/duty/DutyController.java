package org.leoprotocol.personnel.duty;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.duty.BadRow;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The duty page: who is on duty now (or at a chosen local time) per unit; command, supervisors and administrators add a
 * shift, end or remove one, or upload a CSV file of shifts. Every read and change is audited.
 */
@Controller
@PreAuthorize(DutyController.ANY_STAFF)
class DutyController {

	static final String API = "/api/v1/duty";
	static final String ANY_STAFF = "hasAnyRole('OFFICER','SUPERVISOR','INVESTIGATOR','REVIEW_BOARD','COMMAND','ADMIN')";
	static final String MAY_EDIT = "hasAnyRole('SUPERVISOR','COMMAND','ADMIN')";
	private static final ShiftRequest EMPTY = new ShiftRequest("", "", "", "", "");

	private final DutyBoard board;
	private final ShiftDesk desk;
	private final ShiftImport shiftImport;
	private final Roster roster;
	private final AuditTrail audit;
	private final Refusals refusals;

	DutyController(DutyBoard board, ShiftDesk desk, ShiftImport shiftImport, Roster roster, AuditTrail audit,
			Refusals refusals) {
		this.refusals = refusals;
		this.board = board;
		this.desk = desk;
		this.shiftImport = shiftImport;
		this.roster = roster;
		this.audit = audit;
	}

	@GetMapping(DutyView.PAGE)
	String page(@RequestParam(defaultValue = "") String at, Actor actor, Model model) {
		return render(at, actor, EMPTY, null, List.of(), (String) model.getAttribute("notice"), model);

	}

	@PostMapping(DutyView.SHIFTS)
	@PreAuthorize(MAY_EDIT)
	String add(ShiftRequest form, Actor actor, Model model, RedirectAttributes redirect, HttpServletResponse response,
			Locale locale) {
		try {
			desk.add(shiftImport.parse(form), actor);
		}
		catch (InvalidInput refused) {
			return render("", actor, form, refusals.answered(refused, response, locale), List.of(), null, model);
		}
		redirect.addFlashAttribute("notice", "personnel.duty.added");
		return "redirect:" + DutyView.PAGE;
	}

	@PostMapping(DutyView.SHIFTS + "/{id}/end")
	@PreAuthorize(MAY_EDIT)
	String end(@PathVariable UUID id, RedirectAttributes redirect) {
		desk.endNow(id);
		redirect.addFlashAttribute("notice", "personnel.duty.ended");
		return "redirect:" + DutyView.PAGE;
	}

	@PostMapping(DutyView.SHIFTS + "/{id}/remove")
	@PreAuthorize(MAY_EDIT)
	String remove(@PathVariable UUID id, RedirectAttributes redirect) {
		desk.remove(id);
		redirect.addFlashAttribute("notice", "personnel.duty.removed");
		return "redirect:" + DutyView.PAGE;
	}

	@PostMapping(DutyView.IMPORTS)
	@PreAuthorize(MAY_EDIT)
	String importShifts(@RequestParam("file") MultipartFile file, Actor actor, Model model,
			RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws IOException {
		try (Reader csv = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
			ShiftImportReport report = shiftImport.importCsv(csv, actor);
			redirect.addFlashAttribute("notice", "personnel.duty.imported");
			redirect.addFlashAttribute("noticeArguments", new Object[] { report.added(), report.unchanged() });
			return "redirect:" + DutyView.PAGE;
		}
		catch (ShiftImportRefused refused) {
			refusals.answered(refused, response, locale);
			return render("", actor, EMPTY, null, refused.rows(), null, model);
		}
	}

	private String render(String at, Actor actor, ShiftRequest form, String problem, List<BadRow> badRows,
			String notice, Model model) {
		audit.query(AuditAction.SEARCH, ShiftDesk.COMPONENT, "DutyShift",
				Sentence.ofText("audit.detail.search.criteria", "at=" + at));
		model.addAttribute("view", new DutyView(at, board.onDutyAt(board.instant(at)), board.currentAndComing(),
				roster.units(), List.of(Post.values()), mayEdit(actor), form, problem, badRows, notice,
				model.getAttribute("noticeArguments") instanceof Object[] arguments ? arguments : new Object[0]));
		return "personnel/duty";
	}

	private static boolean mayEdit(Actor actor) {
		return actor.hasAny(Role.SUPERVISOR, Role.COMMAND, Role.ADMIN);
	}
}
