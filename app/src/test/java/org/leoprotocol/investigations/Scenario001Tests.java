package org.leoprotocol.investigations;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Scenario 001, "Malakai": his mother commends Deputy Rodriguez (badge 2218), who found the four-year-old walking alone
 * and brought him home; the commendation reaches the deputy's record.
 */
@LeoIntegrationTest
@RecordApplicationEvents
class Scenario001Tests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	MutableClock clock;
	@Autowired
	ApplicationEvents events;

	@Test
	void malakaisMotherCommendsDeputyRodriguez() throws Exception {
		clock.set(Instant.parse("2026-05-03T16:00:00Z"));
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit("PATROL", "Patrol Bureau", "HQ");
		roster.establishUnit("NORTH", "North Precinct", "PATROL");
		roster.establishUnit("NORTH-A", "North Precinct, A Squad", "NORTH");
		roster
			.enlist(new NewOfficer("2218", "Daniel", "Rodriguez", "Deputy", "NORTH-A", LocalDate.of(2016, 2, 1), null));
		Officer rodriguez = roster.findByBadge("2218").orElseThrow();
		CaseApi api = new CaseApi(mvc, staff);

		String[] filed = new ScenarioSteps(mvc, api).file(
				"""
						{"kind":"COMMENDATION","filedFor":"ON_BEHALF","name":"Malakai's mother","representedPerson":"Malakai",
						 "relationship":"mother","aboutAChild":true,"occurredOn":"3 May, morning","location":"Maple Street",
						 "narrative":"My four-year-old walked out to get donuts for me. Deputy Rodriguez knelt down, talked with him about his stuffed puppy and stayed with him until I came.",
						 "officers":[{"badgeNumber":"2218","name":"Deputy Rodriguez"}]}
						""",
				"198.51.100.21");
		assertThat(events.stream(CommendationReceived.class).filter(e -> e.officers().contains(rodriguez.id())))
			.hasSize(1);

		api.post(Role.INVESTIGATOR, "/api/v1/complaints/{id}/stage", "{\"stage\":\"UNDER_INVESTIGATION\"}", filed[2])
			.andExpect(status().isConflict());
		api.post(Role.COMMAND, "/api/v1/complaints/{id}/stage",
				"{\"stage\":\"FORWARDED\",\"note\":\"Added to Deputy Rodriguez's record with thanks.\"}", filed[2])
			.andExpect(status().isOk());

		api.get(Role.SUPERVISOR, "/api/v1/complaints/commendations?officerId={id}", rodriguez.id().value())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].kind").value("COMMENDATION"))
			.andExpect(jsonPath("$[0].stage").value("FORWARDED"));
		mvc.perform(get("/staff/complaints/commendations/{id}", rodriguez.id().value()).header("HX-Request", "true")
			.with(StaffAccountsForTests.as(staff, Role.OFFICER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("knelt down, talked with him about his stuffed puppy")))
			.andExpect(content().string(not(containsString("<html"))))
			.andExpect(content().string(not(containsString("Malakai's mother"))));
		mvc.perform(get("/staff/personnel/{id}", rodriguez.id().value())
			.with(StaffAccountsForTests.as(staff, Role.OFFICER)))
			.andExpect(content()
				.string(containsString("hx-get=\"/staff/complaints/commendations/" + rodriguez.id().value())));
		mvc.perform(post("/api/v1/public/complaints/status").contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"" + filed[0] + "\",\"accessKey\":\"" + filed[1] + "\"}"))
			.andExpect(jsonPath("$.kind").value("COMMENDATION"))
			.andExpect(jsonPath("$.stage").value("FORWARDED"))
			.andExpect(jsonPath("$.history[1].note").value("Added to Deputy Rodriguez's record with thanks."));
	}
}
