package org.leoprotocol.training;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.protocol.Protocols;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * After scenario 000 the department adopts a new version of Leo's Protocol: command publishes it, a training module
 * asking every officer to acknowledge it appears, officers acknowledge with their own accounts, and the sergeant's
 * compliance view shows who in the squad has not, while command sees every unit.
 */
@LeoIntegrationTest
class ProtocolAdoptionScenarioTests {

	static final String PASSWORD = StaffAccountsForTests.PASSWORD;

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Protocols protocols;
	@Autowired
	MutableClock clock;

	ProtocolVersion original;
	String run;

	@BeforeEach
	void setUp() {
		clock.set(Instant.parse("2026-07-01T08:00:00Z"));
		original = protocols.current();
		run = UUID.randomUUID().toString().substring(0, 6);
	}

	@AfterEach
	void restoreTheOriginalSteps() {
		if (protocols.current().version() != original.version()) {
			protocols.publish(original.name(), "restored after a test", original.steps(), Actor.staff("test"));
		}
	}

	@Test
	void officersAcknowledgeTheNewVersionAndTheSergeantSeesWhoHasNot() throws Exception {
		String precinct = "TR-P-" + run;
		String squad = "TR-S-" + run;
		String otherSquad = "TR-O-" + run;
		roster.establishUnit(precinct, "Training precinct " + run, null);
		roster.establishUnit(squad, "Training squad " + run, precinct);
		roster.establishUnit(otherSquad, "Other squad " + run, null);
		RequestPostProcessor sergeant = account("sgt-" + run, "S" + run, "Sara", "Sergeant", precinct, Role.SUPERVISOR);
		RequestPostProcessor miller = account("mil-" + run, "M" + run, "Mark", "Miller", squad, Role.OFFICER);
		account("rod-" + run, "R" + run, "Rita", "Rodriguez", squad, Role.OFFICER);
		RequestPostProcessor outsider = account("out-" + run, "O" + run, "Otto", "Outsider", otherSquad, Role.OFFICER);

		ProtocolVersion published = protocols.publish("After the Park Street case",
				"Scenario 000 showed that engagement came too late; every officer learns the two-minute rule.",
				original.steps(), Actor.staff("chief"));
		String module = awaitModuleFor(published.version());

		mvc.perform(get("/staff/training").with(miller)).andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("Protocol version " + published.version() + ": After the Park Street case")))
			.andExpect(content().string(containsString("I have completed this training")));
		mvc.perform(get("/staff/training").with(miller).header("Accept-Language", "es")).andExpect(status().isOk())
			.andExpect(content().string(
					containsString(
							"Protocolo de Leo, versión " + published.version() + ": After the Park Street case")))
			.andExpect(content().string(not(containsString("Leo&#39;s Protocol"))));

		clock.set(Instant.parse("2026-07-03T09:30:00Z"));
		mvc.perform(post("/api/v1/training/modules/{id}/acknowledgement", module).with(miller))
			.andExpect(status().isNoContent());
		mvc.perform(post("/api/v1/training/modules/{id}/acknowledgement", module).with(outsider))
			.andExpect(status().isNoContent());
		clock.advance(Duration.ofDays(2));
		mvc.perform(post("/api/v1/training/modules/{id}/acknowledgement", module).with(miller))
			.andExpect(status().isNoContent());
		String mine = mvc.perform(get("/api/v1/training/mine").with(miller)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(mine, "$[?(@.module.id == '" + module + "')].acknowledgedAt"))
			.containsExactly("2026-07-03T09:30:00Z");

		String compliance = mvc.perform(get("/api/v1/training/modules/{id}/compliance", module).with(sergeant))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(compliance, "$.units[*].code")).containsExactlyInAnyOrder(precinct,
				squad);
		assertThat(JsonPath.<List<String>>read(compliance,
				"$.units[?(@.code == '" + squad + "')].officers[?(@.acknowledgedAt == null)].name"))
			.containsExactly("Rita Rodriguez");
		assertThat(JsonPath.<List<String>>read(compliance,
				"$.units[?(@.code == '" + squad + "')].officers[?(@.acknowledgedAt != null)].name"))
			.containsExactly("Mark Miller");
		assertThat(compliance).doesNotContain("Otto");

		mvc.perform(get("/staff/training/compliance").param("module", module).with(sergeant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Rita Rodriguez")))
			.andExpect(content().string(containsString("Not yet")));

		String all = mvc
			.perform(get("/api/v1/training/modules/{id}/compliance", module)
				.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(JsonPath.<List<String>>read(all, "$.units[*].code")).contains(precinct, squad, otherSquad);

		mvc.perform(get("/api/v1/training/modules/{id}/compliance", module).with(miller))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/training/modules/{id}/acknowledgement", module)
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isConflict());
	}

	@Test
	void commandAddsAModuleAndAnOfficerCannot() throws Exception {
		String body = "{\"protocolVersion\":" + original.version() + ",\"title\":\"Drill: the verified release\","
				+ "\"summary\":\"How to check a guardian's identity\",\"link\":\"https://training.example.org/release\"}";
		mvc.perform(post("/api/v1/training/modules").with(StaffAccountsForTests.as(staff, Role.OFFICER))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/training/modules").with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.protocolVersion").value(original.version()));
		mvc.perform(post("/api/v1/training/modules").with(StaffAccountsForTests.as(staff, Role.COMMAND))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"protocolVersion\":9999,\"title\":\"x\",\"summary\":\"y\"}"))
			.andExpect(status().isNotFound());
		mvc.perform(
				post("/staff/training").with(StaffAccountsForTests.as(staff, Role.ADMIN)).param("protocolVersion", "1")
					.param("title", "").param("summary", "Kept summary").param("link", "javascript:alert(1)"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Give the module a title")))
			.andExpect(content().string(containsString("A link starts with")))
			.andExpect(content().string(containsString("Kept summary")));
	}

	private RequestPostProcessor account(String username, String badge, String first, String last, String unit,
			Role role) {
		UUID officer = roster
			.enlist(new NewOfficer(badge, first, last, "Police Officer", unit, LocalDate.of(2015, 3, 1), null)).value();
		staff.ensureAccount(new NewStaffAccount(username, first + " " + last, officer, Set.of(role), PASSWORD));
		return httpBasic(username, PASSWORD);
	}

	private String awaitModuleFor(int version) throws Exception {
		RequestPostProcessor command = StaffAccountsForTests.as(staff, Role.COMMAND);
		long deadline = System.nanoTime() + 10_000_000_000L;
		while (System.nanoTime() < deadline) {
			String modules = mvc.perform(get("/api/v1/training/modules").with(command)).andReturn().getResponse()
				.getContentAsString();
			List<String> ids = JsonPath.read(modules, "$[?(@.protocolVersion == " + version + ")].id");
			if (!ids.isEmpty()) {
				return ids.get(0);
			}
			Thread.sleep(100);
		}
		throw new AssertionError("No training module for protocol version " + version);
	}
}
