package org.leoprotocol.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import org.leoprotocol.DemoInstanceTest;
import org.leoprotocol.investigations.CaseReports;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.personnel.DutyRoster;
import org.leoprotocol.personnel.OfficerStatus;
import org.leoprotocol.personnel.PersonnelAction;
import org.leoprotocol.personnel.PersonnelActionDesk;
import org.leoprotocol.personnel.PersonnelActionKind;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.StatusChange;
import org.leoprotocol.personnel.Supervision;
import org.leoprotocol.personnel.Supervisors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@DemoInstanceTest
class DemoStoriesIntegrationTests {

	@Autowired
	Roster roster;
	@Autowired
	CaseReports reports;
	@Autowired
	DemoStories stories;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	MockMvc mvc;
	@Autowired
	PersonnelActionDesk actions;
	@Autowired
	DutyRoster duty;

	@Test
	void theStoriesAreLoadedOnceWithMillersHistoryAndTheBoardsDecision() throws Exception {
		long complaints = jdbc.sql("select count(*) from complaint").query(Long.class).single();
		long cases = jdbc.sql("select count(*) from investigation").query(Long.class).single();

		stories.run(new DefaultApplicationArguments());

		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(complaints);
		assertThat(jdbc.sql("select count(*) from complaint where complainant_name not like ?")
			.param(DemoPeople.FICTITIOUS + "%").query(Long.class).single()).as("the stories' own").isEqualTo(4);
		assertThat(jdbc.sql("select count(*) from investigation").query(Long.class).single()).isEqualTo(cases);
		assertThat(jdbc.sql("""
				select count(*) from investigation i left join complaint c on c.id = i.complaint_id
				where c.id is null or c.complainant_name not like ?""").param(DemoPeople.FICTITIOUS + "%")
			.query(Long.class).single()).as("the stories' own").isEqualTo(4);
		var miller = roster.findByBadge("734").orElseThrow();
		assertThat(miller.status()).isEqualTo(OfficerStatus.TERMINATED);
		assertThat(roster.history(miller.id()).get(0).reason())
			.startsWith("personnel.reason.ordered.TERMINATION|deputy|watch\n");
		assertThat(reports.againstOfficer(miller.id())).flatExtracting(c -> c.allegations())
			.extracting(a -> a.finalFinding() == null ? null : a.finalFinding().finding())
			.containsExactly(Finding.NOT_SUSTAINED, Finding.NOT_SUSTAINED, Finding.SUSTAINED, Finding.SUSTAINED);
		mvc.perform(get("/api/v1/public/minutes")).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].tally.TERMINATION").value(3))
			.andExpect(jsonPath("$[0].unanimous").value(true))
			.andExpect(content().string(not(containsString(DemoPeople.WITNESS))))
			.andExpect(content().string(not(containsString("Miller"))));
	}

	@Test
	void theChiefIsRecusedFromHisSonsCaseAndTheDeputyChiefDecidesIt() throws Exception {
		String caseNumber = jdbc.sql("""
				select i.case_number from investigation i join allegation a on a.investigation_id = i.id
				where a.category = 'NEGLECT_OF_DUTY' order by i.opened_at desc limit 1
				""").query(String.class).single();
		assertThat(jdbc.sql("select username || ' -> ' || alternate from recusal where case_number = :c")
			.param("c", caseNumber)
			.query(String.class).list()).containsExactly("chief -> deputy");
		assertThat(jdbc.sql("""
				select distinct f.recorded_by from allegation_finding f join allegation a on a.id = f.allegation_id
				join investigation i on i.id = a.investigation_id where i.case_number = :c and f.stage = 'FINAL'
				""").param("c", caseNumber).query(String.class).list()).containsExactly("deputy");
		mvc.perform(get("/api/v1/public/cases/{n}", caseNumber)).andExpect(status().isOk())
			.andExpect(jsonPath("$.decidedByAlternate").value(true))
			.andExpect(content().string(not(containsString(DemoPeople.LOST_CHILD))))
			.andExpect(content().string(not(containsString("chief"))));
		mvc.perform(get("/public/cases/{n}", caseNumber)).andExpect(status().isOk())
			.andExpect(content().string(containsString("designated alternate")))
			.andExpect(content().string(not(containsString(DemoPeople.LOST_CHILD))));
	}

	@Test
	void millerWasPlacedOnLeaveAndSurrenderedWeaponAndBadgeWithAuthorityBeforeHisTermination() {
		var miller = roster.findByBadge("734").orElseThrow();
		List<StatusChange> history = roster.history(miller.id());
		assertThat(history).extracting(StatusChange::to)
			.containsExactly(OfficerStatus.TERMINATED, OfficerStatus.ADMINISTRATIVE_LEAVE);
		StatusChange leave = history.get(1);
		assertThat(leave.reason()).doesNotContain("authorised by");
		assertThat(actions.history(miller.id()).get(1).authorisedBy()).startsWith("Lt. Samuel Price");
		assertThat(leave.caseReference()).isEqualTo(history.get(0).caseReference());
		assertThat(actions.of(miller.id())).extracting(PersonnelAction::kind).containsExactly(
				PersonnelActionKind.BADGE_SURRENDERED,
				PersonnelActionKind.WEAPON_SURRENDERED, PersonnelActionKind.ADMINISTRATIVE_LEAVE);
		assertThat(actions.of(miller.id()))
			.allSatisfy(action -> assertThat(action.takenAt()).isBefore(history.get(0).changedAt()));
	}

	@Test
	void millersSergeantAndTheWatchCommanderAreOnDutyWhenTheDemoStarts() {
		var miller = roster.findByBadge("734").orElseThrow().id();
		var sergeant = roster.findByBadge(DemoDepartment.MILLERS_SERGEANT.badgeNumber()).orElseThrow().id();
		var watch = roster.findByBadge(DemoDepartment.WATCH_COMMANDER.badgeNumber()).orElseThrow().id();
		var chief = roster.findByBadge(DemoDepartment.DAVID_MILLER.badgeNumber()).orElseThrow().id();

		assertThat(duty.supervisorsOf(miller, Supervision.SUPERVISOR, Instant.now()))
			.isEqualTo(new Supervisors(Supervision.SUPERVISOR, List.of(sergeant)));
		assertThat(duty.supervisorsOf(miller, Supervision.WATCH_COMMANDER, Instant.now()))
			.isEqualTo(new Supervisors(Supervision.WATCH_COMMANDER, List.of(watch)));
		var deputy = roster.findByBadge(DemoDepartment.DEPUTY_CHIEF.badgeNumber()).orElseThrow().id();
		assertThat(duty.supervisorsOf(miller, Supervision.COMMAND, Instant.now()).officers())
			.as("the chief and the deputy chief, command's alternate").containsExactlyInAnyOrder(chief, deputy);
		assertThat(duty.supervisorsOf(miller, Supervision.SUPERVISOR, Instant.now().plus(Duration.ofHours(10))).rung())
			.as("the next shift has a watch commander").isEqualTo(Supervision.WATCH_COMMANDER);
	}

	@Test
	void theDepartmentsPastIncidentsAreImportedOnceAndThePortalShowsProtocolNumbers() throws Exception {
		long imported = jdbc.sql("select count(*) from cad_import").query(Long.class).single();
		assertThat(imported).isEqualTo(2 + GeneratedIncidents.generated(Instant.now()).size());
		stories.run(new DefaultApplicationArguments());
		assertThat(jdbc.sql("select count(*) from cad_import").query(Long.class).single()).isEqualTo(imported);

		assertThat(jdbc.sql("""
				select f.summary from protocol_finding f join cad_import c on c.incident_id = f.incident_id
				where c.cad_number = ? and f.kind = 'ON_SCENE_BEFORE_ENGAGEMENT'""").param(DemoIncidents.SCENARIO_000)
			.query(String.class).single()).as("kept as its key and arguments")
			.startsWith("incident-finding.on-scene|11:42|");
		assertThat(jdbc.sql("""
				select count(*) from case_entry e join protocol_finding f on e.reference = 'protocol-finding:' || f.id
				join cad_import c on c.incident_id = f.incident_id where c.cad_number = ?""")
			.param(DemoIncidents.SCENARIO_000)
			.query(Long.class).single()).as("Cora Miller's case refers to the imported incident's finding")
			.isEqualTo(1);
		assertThat(jdbc
			.sql("""
					select count(*) from escalation e join cad_import c on c.incident_id = e.incident_id where c.cad_number = ?""")
			.param(DemoIncidents.SCENARIO_001).query(Long.class).single()).isZero();
		assertThat(jdbc
			.sql("""
					select d.decision from incident_decision d join cad_import c on c.incident_id = d.incident_id where c.cad_number = ?""")
			.param(DemoIncidents.SCENARIO_001).query(String.class).list())
			.containsExactly("NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES");

		await().untilAsserted(
				() -> assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Long.class).single()).isZero());
		mvc.perform(get("/api/public/v1/statistics")).andExpect(status().isOk())
			.andExpect(jsonPath("$.incidentRows.length()").value(4))
			.andExpect(jsonPath("$.incidentRows[*].incidents", everyItem(not(containsString("<")))))
			.andExpect(jsonPath("$.incidentRows[*].reunifications", everyItem(not(containsString("<")))))
			.andExpect(jsonPath("$.incidentRows[*].escalations", everyItem(not(containsString("<")))))
			.andExpect(jsonPath("$.medianEngagementMinutes", not(emptyString())))
			.andExpect(content().string(not(containsString(DemoPeople.LOST_CHILD))))
			.andExpect(content().string(not(containsString(DemoPeople.FOUND_CHILD))));
		mvc.perform(get("/transparency")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(DemoPeople.LOST_CHILD))));
	}

	/**
	 * Scenario 001 reaches its people: the mother's commendation is forwarded to Deputy Rodriguez's record with the
	 * department's thank-you, the open house names only officers on active duty, and the portal never shows a total of
	 * withheld small counts as zero.
	 */
	@Test
	void rodriguezsCommendationIsForwardedWithAThankYouAndThePublicPagesMatchTheRoster() throws Exception {
		assertThat(jdbc.sql("select distinct stage from complaint where kind = 'COMMENDATION'").query(String.class)
			.list()).as("the story's and the history's").containsExactly("FORWARDED");
		await().untilAsserted(() -> assertThat(
				jdbc.sql("select count(*) from ew_commendation where source = 'Commendation from the public'")
					.query(Long.class).single())
			.as("on Deputy Rodriguez's record").isPositive());
		assertThat(jdbc.sql("select activities from outreach_event where title like 'Open house%'").query(String.class)
			.list()).isNotEmpty()
			.allSatisfy(text -> assertThat(text).doesNotContain("Miller").contains("Deputy Daniel Rodriguez"));
		await().untilAsserted(
				() -> assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Long.class).single()).isZero());
		mvc.perform(get("/transparency")).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("0<sup"))));
	}

	/** Need to know in the demo: Officer Okafor had no part in Leo's incident and is refused it; the chief reads it. */
	@Test
	void anUnrelatedOfficerIsRefusedLeosIncidentAndTheRefusalIsAudited() throws Exception {
		String incident = jdbc.sql("select cast(incident_id as text) from cad_import where cad_number = ?")
			.param(DemoIncidents.SCENARIO_000).query(String.class).single();
		var okafor = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user("okafor")
			.roles("OFFICER");
		mvc.perform(get("/api/v1/incidents/{id}", incident).with(okafor)).andExpect(status().isForbidden());
		mvc.perform(get("/staff/incidents").with(okafor)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString(incident))));
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'ACCESS_DENIED' and record_id = ?")
			.param(incident)
			.query(Long.class).single()).isPositive();
		mvc.perform(get("/api/v1/incidents/{id}", incident)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
				.user("chief").roles("COMMAND")))
			.andExpect(status().isOk()).andExpect(jsonPath("$.person.nameWithheld").value(false));
	}

	/** Every demo account lands on a home with its role's section, and no home names a child. */
	@Test
	void everyDemoAccountsHomeShowsItsRoleAndNamesNoChild() throws Exception {
		java.util.Map<String, String[]> accounts = java.util.Map.of("chief", new String[] { "COMMAND" }, "watch",
				new String[] { "COMMAND", "SUPERVISOR" }, "sergeant", new String[] { "SUPERVISOR" }, "investigator",
				new String[] { "INVESTIGATOR" }, "board", new String[] { "REVIEW_BOARD" }, "okafor",
				new String[] { "OFFICER" },
				"demo-admin", new String[] { "ADMIN" });
		for (var account : accounts.entrySet()) {
			var result = mvc.perform(get("/staff")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(account.getKey()).roles(account.getValue())))
				.andExpect(status().isOk());
			for (String role : account.getValue()) {
				result.andExpect(content().string(containsString("id=\"home-" + role.toLowerCase(Locale.ROOT) + "\"")));
			}
			result.andExpect(content().string(not(containsString(DemoPeople.LOST_CHILD))))
				.andExpect(content().string(not(containsString(DemoPeople.FOUND_CHILD))));
		}
	}
}
