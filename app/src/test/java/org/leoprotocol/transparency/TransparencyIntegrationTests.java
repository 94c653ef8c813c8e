package org.leoprotocol.transparency;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintReceived;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.InvestigationClosed;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationOpened;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.EscalationRaised;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.IncidentOpened;
import org.leoprotocol.protocol.IncidentReunified;
import org.leoprotocol.protocol.Priority;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events from the other modules, as they publish them, kept in the read models and served as pages, CSV, JSON and the
 * public API. Everything happens in the year 2041 and a unit of its own, so the shared test database's other data does
 * not get in the way.
 */
@LeoIntegrationTest
class TransparencyIntegrationTests {

	static final int YEAR = 2041;
	static final String UNIT = "TRANSPARENCY-T";
	static final Instant RECEIVED = Instant.parse("2041-02-01T10:00:00Z");
	static final Duration SOON = Duration.ofSeconds(10);

	@Autowired
	MockMvc mvc;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	PublicationPolicy policy;

	Officer officer;

	@BeforeEach
	void anOfficerInAUnitOfItsOwn() {
		if (roster.units().stream().noneMatch(unit -> unit.code().equals(UNIT))) {
			roster.establishUnit(UNIT, "Transparency test unit", null);
		}
		officer = roster.findByBadge("94101").orElseGet(() -> roster.get(roster.enlist(
				new NewOfficer("94101", "Tobias", "Transparent", "Police Officer", UNIT, LocalDate.of(2030, 1, 1),
						null))));
	}

	@Test
	void closedCasesReachThePortalTheDownloadsAndTheApiWithSmallCountsSuppressed() throws Exception {
		for (int i = 0; i < 7; i++) {
			ComplaintId complaint = ComplaintId.random();
			publish(new ComplaintReceived(complaint, RECEIVED, List.of(officer.id()), false));
			InvestigationId investigation = new InvestigationId(UUID.randomUUID());
			publish(new InvestigationOpened(investigation, "IA-T-" + i, CaseType.CITIZEN_COMPLAINT,
					List.of(officer.id()), RECEIVED,
					RECEIVED.plus(Duration.ofDays(180)), complaint));
			await().atMost(SOON)
				.until(() -> jdbc
					.sql("""
							select count(*) from transparency_case_origins o join transparency_complaint_receipts r using (complaint_id)
							where o.investigation_id = ?""")
					.param(investigation.value()).query(Long.class).single() == 1);
			Category category = i < 6 ? Category.NEGLECT_OF_DUTY : Category.DISCOURTESY;
			Finding finding = i < 6 ? Finding.SUSTAINED : Finding.NOT_SUSTAINED;
			InvestigationClosed closed = new InvestigationClosed(investigation, "IA-T-" + i,
					RECEIVED.plus(Duration.ofDays(30 + i)),
					List.of(new InvestigationClosed.Outcome(officer.id(), category, finding)));
			publish(closed);
			publish(closed);
		}
		await().atMost(SOON).until(() -> allegations("DISCOURTESY") == 1 && allegations("NEGLECT_OF_DUTY") == 6);

		mvc.perform(get("/transparency").param("year", "" + YEAR).param("unit", UNIT))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Neglect of duty")))
			.andExpect(content().string(containsString("<td data-plotted=\"6\">6</td>")))
			.andExpect(content().string(containsString("<td data-plotted=\"0\">withheld (counts of 1 to 4 only)</td>")))
			.andExpect(content().string(not(containsString(">0<sup"))))
			.andExpect(content().string(containsString("33 days")))
			.andExpect(content().string(containsString("/webjars/chart.js/dist/chart.umd.min.js")));
		mvc.perform(get("/transparency/data/allegation-outcomes.csv"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string(containsString("year,unit,category,finding,allegations\r\n")))
			.andExpect(content().string(containsString("2041,TRANSPARENCY-T,NEGLECT_OF_DUTY,SUSTAINED,6\r\n")))
			.andExpect(content().string(containsString("2041,TRANSPARENCY-T,DISCOURTESY,NOT_SUSTAINED,<5\r\n")));
		mvc.perform(get("/transparency/data/complaints-received.json"))
			.andExpect(jsonPath("$.table").value("complaints-received"))
			.andExpect(jsonPath("$.rows[?(@.year == 2041 && @.unit == 'TRANSPARENCY-T')].complaints", hasItem(7)));
		mvc.perform(get("/api/public/v1/tables/allegation-outcomes"))
			.andExpect(jsonPath("$.rows[?(@.year == 2041 && @.category == 'DISCOURTESY')].allegations", hasItem("<5")));
		mvc.perform(get("/api/public/v1/statistics").param("year", "" + YEAR).param("unit", UNIT).param("category",
				"NEGLECT_OF_DUTY"))
			.andExpect(jsonPath("$.medianClosureDays").value("32"))
			.andExpect(jsonPath("$.complaintCharts[1].bars[0].shown").value("6"));
		mvc.perform(get("/transparency/data")).andExpect(status().isOk())
			.andExpect(content().string(containsString("days_to_closure")))
			.andExpect(content().string(containsString("/transparency/data/closure-times.csv")));
	}

	@Test
	void leosProtocolIncidentsEscalationsAndTimeToEngagement() throws Exception {
		Instant reported = Instant.parse("2041-05-05T09:00:00Z");
		for (int minutes = 2; minutes <= 6; minutes++) {
			IncidentId incident = new IncidentId(UUID.randomUUID());
			publish(new EscalationRaised(incident, "NOTIFY_SUPERVISOR", 1, Role.SUPERVISOR, officer.id(), reported,
					reported,
					IncidentKind.MISSING_VULNERABLE_ADULT, reported));
			publish(new IncidentOpened(incident, IncidentKind.MISSING_VULNERABLE_ADULT, Priority.HIGH, 1, reported));
			publish(new IncidentReunified(incident, IncidentKind.MISSING_VULNERABLE_ADULT, reported,
					reported.plus(Duration.ofMinutes(minutes)), reported.plus(Duration.ofHours(1))));
		}
		await().atMost(SOON).until(() -> jdbc
			.sql("""
					select reunifications from transparency_protocol_incidents where year = ? and kind = 'MISSING_VULNERABLE_ADULT'""")
			.param(YEAR).query(Long.class).optional().orElse(0L) == 5);
		mvc.perform(get("/transparency").param("year", "" + YEAR))
			.andExpect(content().string(containsString("Missing vulnerable adult")))
			.andExpect(content().string(not(containsString("Leo&#39;&#39;s"))))
			.andExpect(content().string(not(containsString("Leo''s"))))
			.andExpect(content().string(containsString("4 minutes")));
		mvc.perform(get("/transparency/data/protocol-incidents.csv"))
			.andExpect(content().string(containsString("2041,MISSING_VULNERABLE_ADULT,5,5,5\r\n")));
	}

	@Test
	void officersAppearAsThePublicationPolicySays() throws Exception {
		publish(new CommendationReceived(ComplaintId.random(), RECEIVED, List.of(officer.id())));
		await().atMost(SOON)
			.until(() -> jdbc.sql("select count(*) from transparency_officer_commendations where officer_id = ?")
				.param(officer.id().value()).query(Long.class).single() == 1);
		try {
			setPolicy(PolicyField.COMMENDATIONS, PolicyMode.PSEUDONYM);
			String pseudonymous = mvc.perform(get("/transparency/officers")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(pseudonymous).doesNotContain("Tobias Transparent").containsPattern("Officer [A-Z2-9]{8}");
			mvc.perform(get("/transparency/data/officer-commendations.csv"))
				.andExpect(content().string(not(containsString("Transparent"))));

			setPolicy(PolicyField.COMMENDATIONS, PolicyMode.NAME);
			mvc.perform(get("/transparency/officers").param("q", "Tobias"))
				.andExpect(content().string(containsString("Tobias Transparent (badge 94101)")));

			setPolicy(PolicyField.COMMENDATIONS, PolicyMode.HIDDEN);
			mvc.perform(get("/transparency/data/officer-commendations.csv"))
				.andExpect(content().string("officer,year,commendations\r\n"));
			mvc.perform(get("/transparency/officers"))
				.andExpect(content().string(containsString("does not publish this per officer")));
		}
		finally {
			policy.change(PolicyField.COMMENDATIONS, PolicyMode.NAME, Actor.staff("test"));
		}
	}

	@Test
	void onlyCommandAndAdministratorsChangeThePolicyAndEveryChangeIsAudited() throws Exception {
		mvc.perform(put("/api/v1/transparency/policy/CASE_OUTCOMES").with(StaffAccountsForTests.as(staff, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"NAME\"}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/transparency/policy/CASE_OUTCOMES").with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"SOMETIMES\"}"))
			.andExpect(status().isBadRequest());
		try {
			mvc.perform(
					put("/api/v1/transparency/policy/CASE_OUTCOMES").with(StaffAccountsForTests.as(staff, Role.COMMAND))
						.contentType(MediaType.APPLICATION_JSON).content("{\"mode\":\"HIDDEN\"}"))
				.andExpect(status().isOk()).andExpect(jsonPath("$.mode").value("HIDDEN"));
			assertThat(jdbc.sql("""
					select detail from audit_event where component = 'transparency' and record_id = 'CASE_OUTCOMES'
					order by position desc limit 1""").query(String.class).single())
				.isEqualTo("audit.detail.publication.changed|CASE_OUTCOMES|PSEUDONYM|HIDDEN");
			mvc.perform(get("/staff/transparency/policy").with(StaffAccountsForTests.as(staff, Role.ADMIN)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Publication policy")));
			mvc.perform(
					post("/staff/transparency/policy").with(StaffAccountsForTests.as(staff, Role.ADMIN)).with(csrf())
						.param("field", "CASE_OUTCOMES").param("mode", "PSEUDONYM"))
				.andExpect(status().is3xxRedirection());
			assertThat(policy.mode(PolicyField.CASE_OUTCOMES)).isEqualTo(PolicyMode.PSEUDONYM);
		}
		finally {
			policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.PSEUDONYM, Actor.staff("test"));
		}
	}

	@Test
	void badAddressesGetClearAnswersNotErrors() throws Exception {
		mvc.perform(get("/transparency/data/no-such-table.csv")).andExpect(status().isNotFound());
		mvc.perform(get("/api/public/v1/tables/no-such-table")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("no-such-table")));
		mvc.perform(get("/transparency").param("category", "GOSSIP")).andExpect(status().isBadRequest());
		mvc.perform(get("/transparency").param("year", "last")).andExpect(status().isBadRequest());
		mvc.perform(get("/api/public/v1/statistics").param("category", "GOSSIP")).andExpect(status().isBadRequest());
	}

	private void setPolicy(PolicyField field, PolicyMode mode) {
		policy.change(field, mode, Actor.staff("test"));
	}

	private long allegations(String category) {
		return jdbc.sql("""
				select coalesce(sum(allegations), 0) from transparency_allegation_outcomes
				where year = ? and unit = ? and category = ? and finding <> '*'""").params(YEAR, UNIT, category)
			.query(Long.class).single();
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}
}
