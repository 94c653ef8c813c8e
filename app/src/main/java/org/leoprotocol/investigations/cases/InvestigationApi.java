package org.leoprotocol.investigations.cases;

import java.util.List;
import java.util.UUID;

import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.investigations.AllegationId;
import org.leoprotocol.investigations.CaseDiscipline;
import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.CaseStaff;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingRecord;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.investigations.PersonnelAction;
import org.leoprotocol.investigations.commendation.CivilianCommendations;
import org.leoprotocol.investigations.separation.PersonnelProposal;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Investigations over JSON for internal affairs and command: open a case, assign it, add statements and references,
 * record findings, send to review, close; the open, overdue and caseload lists; and personnel actions (command only). A
 * staff member with a conflict of interest in a case is refused every part of it.
 */
@RestController
@RequestMapping("/api/v1/investigations")
@PreAuthorize(CaseStaff.ROLES)
class InvestigationApi {

	private final Investigations investigations;
	private final CaseReports reports;
	private final Investigators investigators;
	private final CaseDiscipline discipline;
	private final CivilianCommendations letters;
	private final CaseSearch search;
	private final CaseReferences references;

	InvestigationApi(Investigations investigations, CaseReports reports, Investigators investigators,
			CaseDiscipline discipline,
			CivilianCommendations letters, CaseSearch search, CaseReferences references) {
		this.search = search;
		this.references = references;
		this.investigations = investigations;
		this.reports = reports;
		this.investigators = investigators;
		this.discipline = discipline;
		this.letters = letters;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	CaseFile open(@RequestBody OpenRequest request, Actor actor) {
		List<NewAllegation> allegations = request.allegations() == null ? List.of()
				: request.allegations().stream()
					.map(a -> new NewAllegation(officer(a.badgeNumber(), a.officerId()), a.category(), a.description()))
					.toList();
		Investigation opened = investigations.open(request.caseType(), request.complaintId() == null ? null
				: ComplaintId.parse(request.complaintId()), request.summary(), allegations, actor);
		return file(opened);
	}

	@GetMapping
	List<Investigation> open() {
		return reports.openCases();
	}

	/**
	 * Cases open and closed matching every given criterion: {@code number} (part of the case number), {@code officer}
	 * (badge number or part of the name), {@code complainant} (part of the name), {@code from} and {@code to}
	 * (yyyy-mm-dd, the day the case was opened); only cases the caller may read, newest first.
	 */
	@GetMapping("/search")
	List<Investigation> search(@RequestParam(required = false) String number,
			@RequestParam(required = false) String officer,
			@RequestParam(required = false) String complainant, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Actor actor) {
		return search.search(new CaseQuery(number, officer, complainant, CaseListController.day(from, "from"),
				CaseListController.day(to, "to")), actor);
	}

	@GetMapping("/overdue")
	List<Investigation> overdue() {
		return reports.overdue();
	}

	@GetMapping("/caseload")
	List<Caseload> caseload() {
		return reports.caseload();
	}

	/**
	 * The cases against an officer, refused (and audited) to whoever may not read one of them: the officer himself, a
	 * staff member with a declared relation to him, a party to one of the cases.
	 */
	@GetMapping("/officer/{officerId}")
	List<Investigation> againstOfficer(@PathVariable UUID officerId, Actor actor) {
		List<Investigation> cases = reports.againstOfficer(new OfficerId(officerId));
		cases.forEach(investigation -> investigations.checkAccess(investigation.id(), actor));
		return cases;
	}

	@GetMapping("/{id}")
	CaseFile read(@PathVariable UUID id, Actor actor) {
		return file(investigations.read(new InvestigationId(id), actor));
	}

	@PostMapping("/{id}/assignment")
	CaseFile assign(@PathVariable UUID id, @RequestBody AssignRequest request, Actor actor) {
		guard(id, actor);
		return file(investigations.assign(new InvestigationId(id), request.investigator()));
	}

	@PostMapping("/{id}/entries")
	@ResponseStatus(HttpStatus.CREATED)
	CaseEntry addEntry(@PathVariable UUID id, @RequestBody EntryRequest request, Actor actor) {
		guard(id, actor);
		String reference = references.checked(new InvestigationId(id), request.kind(), request.reference(), actor);
		return investigations.addEntry(new InvestigationId(id), request.kind(), reference, request.personRole(),
				request.personName(), request.content(), actor);
	}

	@PostMapping("/{id}/allegations/{allegationId}/findings")
	CaseFile recordFinding(@PathVariable UUID id, @PathVariable String allegationId,
			@RequestBody FindingRequest request,
			Actor actor) {
		if (request.stage() == FindingStage.FINAL) {
			guardDecision(id, actor);
		}
		else {
			guard(id, actor);
		}
		return file(
				investigations.recordFinding(new InvestigationId(id), AllegationId.parse(allegationId), request.stage(),
						request.finding(), request.agencyCode(), request.reason(), actor));
	}

	@PostMapping("/{id}/review")
	CaseFile submitForReview(@PathVariable UUID id, Actor actor) {
		guard(id, actor);
		return file(investigations.submitForReview(new InvestigationId(id)));
	}

	@PostMapping("/{id}/close")
	CaseFile close(@PathVariable UUID id, Actor actor) {
		guardDecision(id, actor);
		return file(investigations.close(new InvestigationId(id), actor));
	}

	/** Proposes a personnel action; it takes effect only when another member of command approves it. */
	@PostMapping("/{id}/personnel-actions")
	@PreAuthorize("hasRole('COMMAND')")
	@ResponseStatus(HttpStatus.CREATED)
	PersonnelProposal proposePersonnelAction(@PathVariable UUID id, @RequestBody ActionRequest request,
			Actor actor) {
		guardDecision(id, actor);
		return discipline.propose(new InvestigationId(id), officer(request.badgeNumber(), request.officerId()),
				request.action(),
				request.reason(), actor);
	}

	/** Every personnel action proposed from the case, with its approval once given. */
	@GetMapping("/{id}/personnel-actions")
	@PreAuthorize("hasRole('COMMAND')")
	List<PersonnelProposal> personnelActions(@PathVariable UUID id, Actor actor) {
		guard(id, actor);
		return discipline.proposals(new InvestigationId(id));
	}

	/** Approves a proposed personnel action, refused (409) to its proposer; the officer's status changes now. */
	@PostMapping("/{id}/personnel-actions/{proposalId}/approval")
	@PreAuthorize("hasRole('COMMAND')")
	Officer approvePersonnelAction(@PathVariable UUID id, @PathVariable UUID proposalId, Actor actor) {
		guardDecision(id, actor);
		return discipline.approve(new InvestigationId(id), proposalId, actor);
	}

	/**
	 * A civilian commendation letter (PDF) for the person who gave a statement in this case, e.g. a witness who stayed
	 * with a lost child, written in the language of the request ({@code Accept-Language}, or {@code ?lang=es}) so that
	 * a member of the public who reads Spanish is thanked in Spanish. The export is audited.
	 */
	@PostMapping(path = "/{id}/civilian-commendations", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize("hasRole('COMMAND')")
	ResponseEntity<byte[]> civilianCommendation(@PathVariable UUID id, @RequestBody CommendationRequest request,
			Actor actor, java.util.Locale language) {
		guard(id, actor);
		byte[] letter = letters.letter(new InvestigationId(id), request.entryId(), request.citation(),
				request.signedBy(), language);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("civilian-commendation.pdf").build().toString())
			.body(letter);
	}

	private void guard(UUID id, Actor actor) {
		investigations.checkAccess(new InvestigationId(id), actor);
	}

	/**
	 * Before a decision: only a registered investigator's conflicts refuse here; any other conflict is the decision's
	 * to find, and it recuses the decider to the designated alternate rather than refusing the read.
	 */
	private void guardDecision(UUID id, Actor actor) {
		investigations.checkInvestigatorAccess(new InvestigationId(id), actor);
	}

	private CaseFile file(Investigation investigation) {
		return new CaseFile(investigation, investigations.entries(investigation.id()),
				investigations.findingHistory(investigation.id()));
	}

	private OfficerId officer(String badgeNumber, UUID officerId) {
		if (officerId != null) {
			return new OfficerId(officerId);
		}
		if (badgeNumber == null || badgeNumber.isBlank()) {
			throw new InvalidInput("investigations.refused.officer.named");
		}
		return investigators.officerByBadge(badgeNumber);
	}

	/** A case with its file: statements and references, and every finding ever recorded. */
	record CaseFile(Investigation investigation, List<CaseEntry> entries, List<FindingRecord> findingHistory) {
	}

	/** Opens a case; {@code complaintId} is absent for an internal case. */
	record OpenRequest(CaseType caseType, String complaintId, String summary, List<AllegationRequest> allegations) {
	}

	/** One allegation to open a case with; the officer by badge number or id. */
	record AllegationRequest(String badgeNumber, UUID officerId, Category category, String description) {
	}

	record AssignRequest(String investigator) {
	}

	record EntryRequest(CaseEntry.Kind kind, String reference, String personRole, String personName, String content) {
	}

	record FindingRequest(FindingStage stage, Finding finding, String agencyCode, String reason) {
	}

	/** The statement whose author is commended, the citation, and who signs the letter. */
	record CommendationRequest(UUID entryId, String citation, String signedBy) {
	}

	record ActionRequest(String badgeNumber, UUID officerId, PersonnelAction action, String reason) {
	}
}
