package org.leoprotocol.complaints.triage;

import java.util.List;
import java.util.Locale;

import org.leoprotocol.complaints.Complaint;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.ComplaintSubjects;
import org.leoprotocol.complaints.Stage;
import org.leoprotocol.complaints.StageChange;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Complaints for internal affairs and command: the triage queue by stage, one complaint with the person's details
 * (audited), its public stages, forwarding a commendation, and an officer's commendations. An officer named in a
 * complaint neither lists nor reads it ({@link ComplaintSubjects}).
 */
@RestController
@RequestMapping("/api/v1/complaints")
@PreAuthorize(ComplaintStaffApi.CASE_STAFF)
class ComplaintStaffApi {

	static final String CASE_STAFF = "hasAnyRole('INVESTIGATOR','COMMAND')";

	private final ComplaintIntake intake;
	private final ComplaintSubjects subjects;

	ComplaintStaffApi(ComplaintIntake intake, ComplaintSubjects subjects) {
		this.intake = intake;
		this.subjects = subjects;
	}

	/** The complaints in a stage, leaving out those the reader may not read (accused in, related to, party to). */
	@GetMapping
	List<Complaint> inStage(@RequestParam(defaultValue = "RECEIVED") String stage, Actor actor) {
		return subjects.inStage(parseStage(stage), actor);
	}

	@GetMapping("/{id}")
	Complaint complaint(@PathVariable String id, Actor actor) {
		return readable(id, actor);
	}

	@GetMapping("/{id}/stages")
	List<StageChange> stages(@PathVariable String id, Actor actor) {
		return intake.history(readable(id, actor).id());
	}

	@PostMapping("/{id}/stage")
	List<StageChange> move(@PathVariable String id, @RequestBody StageRequest request, Actor actor) {
		ComplaintId complaint = readable(id, actor).id();
		intake.moveTo(complaint, parseStage(request.stage()), request.note(), null);
		return intake.history(complaint);
	}

	@GetMapping("/commendations")
	@PreAuthorize("hasAnyRole('SUPERVISOR','INVESTIGATOR','COMMAND')")
	List<Complaint> commendations(@RequestParam String officerId) {
		try {
			return intake.commendationsOf(new OfficerId(java.util.UUID.fromString(officerId)));
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("complaints.refused.officerId", officerId);
		}
	}

	/** A complaint the reader may read: not conflicted on it (audited refusal), not named in it (audited refusal). */
	private Complaint readable(String id, Actor actor) {
		return subjects.read(ComplaintId.parse(id), actor);
	}

	static Stage parseStage(String stage) {
		try {
			return Stage.valueOf(stage.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new InvalidInput("complaints.refused.stage", stage, java.util.Arrays.toString(Stage.values()));
		}
	}

	/** A move to a public stage with a note for the person who filed. */
	record StageRequest(String stage, String note) {
	}
}
