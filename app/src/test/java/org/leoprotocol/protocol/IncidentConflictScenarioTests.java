package org.leoprotocol.protocol;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 13 for incidents: the officer whose niece is the lost child still reads the incident and works its protocol (a
 * child's safety comes first), but each act of his is flagged for review, and the incident's decisions (the description
 * broadcast, the release to a guardian, a reunification decision, approving an amendment) are refused to him and to
 * anyone who declared a relation to an officer on the incident, audited, in the reader's language. The officers on the
 * incident go on deciding: their duty there is no stake of their own.
 */
@LeoIntegrationTest
class IncidentConflictScenarioTests {

	static final Instant T0 = Instant.parse("2026-06-14T15:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	Scheduler scheduler;
	@Autowired
	JdbcClient jdbc;

	ProtocolFixtures fixtures;
	String suffix;
	String child;
	String deputyBadge;
	String otherBadge;
	RequestPostProcessor deputy;
	RequestPostProcessor uncle;
	RequestPostProcessor brotherInLaw;
	RequestPostProcessor sergeant;
	RequestPostProcessor conflictedSergeant;

	@BeforeEach
	void setUp() {
		fixtures = new ProtocolFixtures(roster, staff, clock, scheduler, jdbc);
		suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
		child = "Lucia Vallejo " + suffix;
		deputyBadge = "1" + suffix;
		otherBadge = "2" + suffix;
		deputy = fixtures.officer(deputyBadge, "Rosa", "Ibarra", "Deputy", "NORTH-A", Role.OFFICER);
		uncle = fixtures.officer(otherBadge, "Marco", "Vallejo", "Deputy", "NORTH-A", Role.OFFICER);
		brotherInLaw = fixtures.officer("3" + suffix, "Tomas", "Keller", "Detective", "NORTH", Role.INVESTIGATOR,
				Role.OFFICER);
		sergeant = fixtures.officer("4" + suffix, "Sara", "Lind", "Sergeant", "NORTH-A", Role.SUPERVISOR);
		conflictedSergeant = fixtures.officer("5" + suffix, "Pablo", "Ibarra", "Sergeant", "NORTH-A", Role.SUPERVISOR);
	}

	@Test
	void theChildsUncleWorksTheProtocolFlaggedForReviewButIsRefusedTheIncidentsDecisions() throws Exception {
		clock.set(T0);
		String id = incident();
		declare(uncle, "{\"personName\":\"" + child + "\",\"relation\":\"uncle\"}");
		long refusalsBefore = refusals("officer-" + otherBadge);

		mvc.perform(get("/api/v1/incidents/{id}", id).with(uncle)).andExpect(status().isOk());
		clock.set(T0.plus(Duration.ofMinutes(3)));
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", otherBadge), uncle).andExpect(status().isOk());
		send(id, "/steps/ENGAGE_PERSON/done", "{}", uncle).andExpect(status().isOk());
		assertThat(flagged(id, "officer-" + otherBadge)).hasSize(2)
			.anySatisfy(action -> assertThat(action).startsWith("conflicts.noted|conflicts.act.dispatch.ARRIVED|"))
			.anySatisfy(action -> assertThat(action).startsWith("conflicts.noted|conflicts.act.step|")
				.endsWith("|ENGAGE_PERSON"));

		String english = send(id, "/broadcasts", "{}", uncle).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.messageKey").value("conflicts.stake.refused")).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String spanish = mvc
			.perform(post("/api/v1/incidents/{id}/broadcasts", id).with(uncle).header("Accept-Language", "es")
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(english).contains("uncle").contains("child");
		assertThat(spanish).contains("niño").doesNotContain("A colleague");
		send(id, "/release", release(otherBadge), uncle).andExpect(status().isForbidden());
		send(id, "/decisions", "{\"decision\":\"NO_AMBER_ALERT\",\"reason\":\"The guardian cannot be reached yet.\"}",
				uncle)
			.andExpect(status().isForbidden());
		mvc.perform(post("/staff/incidents/{id}/broadcasts", id).with(uncle).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(refusals("officer-" + otherBadge) - refusalsBefore).isGreaterThanOrEqualTo(5);

		send(id, "/broadcasts", "{}", deputy).andExpect(status().isCreated());
		send(id, "/release", release(deputyBadge), deputy).andExpect(status().isOk());
		assertThat(flagged(id, "officer-" + deputyBadge)).isEmpty();
	}

	@Test
	void anInvestigatorWhoDeclaredARelationToTheResponsibleOfficerReadsTheIncidentButMayNotBroadcast()
			throws Exception {
		clock.set(T0);
		String id = incident();
		send(id, "/broadcasts", "{}", brotherInLaw).andExpect(status().isCreated());
		declare(brotherInLaw, "{\"badgeNumber\":\"" + deputyBadge + "\",\"relation\":\"brother-in-law\"}");

		mvc.perform(get("/api/v1/incidents/{id}", id).with(brotherInLaw)).andExpect(status().isOk())
			.andExpect(jsonPath("$.person.name").value(child));
		send(id, "/broadcasts", "{}", brotherInLaw).andExpect(status().isForbidden());
		assertThat(flagged(id, "officer-3" + suffix))
			.as("the broadcast issued before the declaration, flagged for review")
			.singleElement().asString().startsWith("conflicts.noted|conflicts.act.broadcast|");
	}

	@Test
	void aSupervisorRelatedToTheOfficerOnTheEntryMayNotApproveItsAmendmentAnotherSupervisorMay() throws Exception {
		clock.set(T0);
		String id = incident();
		send(id, "/dispatch", ProtocolFixtures.dispatch("ARRIVED", deputyBadge), deputy).andExpect(status().isOk());
		declare(conflictedSergeant, "{\"badgeNumber\":\"" + deputyBadge + "\",\"relation\":\"brother\"}");
		List<Number> entries = JsonPath.read(mvc.perform(get("/api/v1/incidents/{id}/timeline", id).with(sergeant))
			.andReturn().getResponse().getContentAsString(), "$[?(@.type == 'ARRIVED')].entry");
		String amendment = JsonPath.read(send(id, "/amendments",
				"{\"entry\":" + entries.get(0) + ",\"performedBy\":\"" + otherBadge
						+ "\",\"reason\":\"Deputy Vallejo arrived first; the entry names the wrong officer.\"}",
				deputy)
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");

		mvc.perform(post("/api/v1/incidents/{id}/amendments/{a}/approve", id, amendment).with(conflictedSergeant))
			.andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("brother")));
		mvc.perform(post("/api/v1/incidents/{id}/amendments/{a}/approve", id, amendment).with(sergeant))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("APPROVED"));
	}

	String incident() throws Exception {
		String body = send(null, "", """
				{"kind":"FOUND_CHILD","location":"Riverside fair, carousel","responsibleOfficerBadge":"%s",
				 "person":{"name":"%s","age":5,"condition":"DISTRESSED","description":"red dress, white sandals"}}
				""".formatted(deputyBadge, child), deputy).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.id");
	}

	static String release(String verifyingBadge) {
		return """
				{"claimantName":"Elena Vallejo","relationship":"mother","document":{"type":"Passport","issuer":"State","lastFour":"7710"},
				 "photoMatches":true,"recognition":"RECOGNISED","custodyClear":true,
				 "authorisationSource":"mother; no custody order on file","verifyingOfficerBadge":"%s"}
				"""
			.formatted(verifyingBadge);
	}

	void declare(RequestPostProcessor who, String json) throws Exception {
		mvc.perform(post("/api/v1/conflicts/relations").with(who).contentType(MediaType.APPLICATION_JSON).content(json))
			.andExpect(status().isCreated());
	}

	ResultActions send(String id, String path, String json, RequestPostProcessor user) throws Exception {
		return mvc.perform(post("/api/v1/incidents" + (id == null ? "" : "/" + id) + path).with(user)
			.contentType(MediaType.APPLICATION_JSON).content(json));
	}

	List<String> flagged(String incident, String username) {
		return jdbc.sql(
				"select action from conflict_review where record_kind = 'INCIDENT' and record_id = :id and username = :user")
			.param("id", incident).param("user", username).query(String.class).list();
	}

	long refusals(String username) {
		return jdbc.sql("select count(*) from audit_event where actor = :actor and outcome = 'FAILURE'")
			.param("actor", username)
			.query(Long.class).single();
	}

	static RequestPostProcessor csrf() {
		return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
	}
}
