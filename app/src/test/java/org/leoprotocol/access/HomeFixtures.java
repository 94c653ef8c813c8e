package org.leoprotocol.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.jayway.jsonpath.JsonPath;

import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.FindingStage;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.NewAllegation;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.duty.Post;
import org.leoprotocol.personnel.duty.Shift;
import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People and records for the home-page tests: a squad of its own (a unit, its sergeant and an officer) with fresh badge
 * numbers, a found child's incident in that squad with the unit on scene, and closed cases for hearings.
 */
final class HomeFixtures {

	private final Roster roster;
	private final StaffDirectory staff;
	private final MockMvc mvc;

	HomeFixtures(Roster roster, StaffDirectory staff, MockMvc mvc) {
		this.roster = roster;
		this.staff = staff;
		this.mvc = mvc;
	}

	/** A unit with its sergeant (a supervisor) and a patrol officer, each with a staff account. */
	record Squad(String unit, UUID unitId, String sergeant, OfficerId sergeantId, String officer, String officerBadge,
			OfficerId officerId) {

		RequestPostProcessor asSergeant() {
			return httpBasic(sergeant, StaffAccountsForTests.PASSWORD);
		}

		RequestPostProcessor asOfficer() {
			return httpBasic(officer, StaffAccountsForTests.PASSWORD);
		}
	}

	static String suffix() {
		return Integer.toString(ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999));
	}

	Squad squad() {
		String suffix = suffix();
		String unit = "HOME-" + suffix;
		// under a parent unit: with no command rank on the roster, Leo takes the officers of the top units for command
		roster.establishUnit("HOME", "Home squads", null);
		UUID unitId = roster.establishUnit(unit, "Home squad " + suffix, "HOME");
		Person sergeant = person("S" + suffix, "Sergeant", unit, Role.SUPERVISOR);
		Person officer = person("P" + suffix, "Police Officer", unit, Role.OFFICER);
		return new Squad(unit, unitId, sergeant.username, sergeant.id, officer.username, "P" + suffix, officer.id);
	}

	/**
	 * Puts the squad's sergeant on duty as supervisor over the unit for the hours around {@code at}: escalations reach
	 * the supervisor on duty, not whoever holds the rank.
	 */
	void onDuty(ShiftDesk shifts, Squad squad, Instant at) {
		shifts.add(new Shift(UUID.randomUUID(), squad.sergeantId(), squad.unitId(), Post.SUPERVISOR,
				at.minus(Duration.ofHours(1)), at.plus(Duration.ofHours(8))), Actor.staff("test"));
	}

	private Person person(String badge, String rank, String unit, Role role) {
		OfficerId id = roster
			.enlist(new NewOfficer(badge, "Home", "N" + badge, rank, unit, LocalDate.of(2012, 3, 1), null));
		String username = "home-" + badge.toLowerCase(Locale.ROOT);
		staff.ensureAccount(new NewStaffAccount(username, "Home " + badge, id.value(), Set.of(role),
				StaffAccountsForTests.PASSWORD));
		return new Person(username, id);
	}

	private record Person(String username, OfficerId id) {
	}

	/** A staff account without an officer record, e.g. a civilian investigator or board member. */
	String account(String username, Role... roles) {
		staff.ensureAccount(
				new NewStaffAccount(username, "Home " + username, null, Set.of(roles), StaffAccountsForTests.PASSWORD));
		return username;
	}

	/** A found child reported now at the location, the squad's officer responsible, his unit assigned and on scene. */
	String childIncident(Squad squad, String location) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").with(squad.asOfficer()).contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"kind":"FOUND_CHILD","location":"%s","responsibleOfficerBadge":"%s",
							 "person":{"name":"Robin Home","age":4,"description":"red raincoat","condition":"DISTRESSED","riskFactors":[]}}
							"""
						.formatted(location, squad.officerBadge())))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String id = JsonPath.read(body, "$.id");
		for (String type : List.of("ASSIGNED", "ARRIVED")) {
			mvc.perform(post("/api/v1/incidents/{id}/dispatch", id).with(squad.asOfficer())
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"type\":\"" + type + "\",\"officerBadge\":\"" + squad.officerBadge() + "\"}"))
				.andExpect(status().isOk());
		}
		return id;
	}

	/** A found child reported now at the location by the squad's officer, nobody made responsible yet. */
	String unassignedChildIncident(Squad squad, String location) throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").with(squad.asOfficer()).contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"kind":"FOUND_CHILD","location":"%s",
							 "person":{"name":"Robin Home","age":4,"description":"red raincoat","condition":"DISTRESSED","riskFactors":[]}}
							"""
						.formatted(location)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	/** An internal case against a fresh officer, opened now by command. */
	Investigation aCase(Investigations investigations, String summary) {
		String badge = "C" + suffix();
		roster.establishUnit("HOME-CASES", "Home cases squad", null);
		OfficerId accused = roster.enlist(new NewOfficer(badge, "Accused", "N" + badge, "Police Officer", "HOME-CASES",
				LocalDate.of(2014, 1, 1), null));
		StaffAccountsForTests.ensure(staff, Role.COMMAND);
		return investigations.open(CaseType.INTERNAL, null, summary,
				List.of(new NewAllegation(accused, Category.DISCOURTESY, "As alleged.")),
				Actor.staff("test-command"));
	}

	/** The case, investigated by {@code investigator}, closed with an unfounded finding. */
	static InvestigationId closed(Investigations investigations, Investigation opened, String investigator) {
		InvestigationId id = investigations.assign(opened.id(), investigator).id();
		investigations.recordFinding(id, opened.allegations().get(0).id(), FindingStage.RECOMMENDED, Finding.UNFOUNDED,
				null, null, Actor.staff(investigator));
		investigations.submitForReview(id);
		investigations.recordFinding(id, opened.allegations().get(0).id(), FindingStage.FINAL, Finding.UNFOUNDED, null,
				null, Actor.staff("test-command"));
		return investigations.close(id, Actor.staff("test-command")).id();
	}
}
