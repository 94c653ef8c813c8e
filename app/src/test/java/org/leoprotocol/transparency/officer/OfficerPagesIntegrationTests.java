package org.leoprotocol.transparency.officer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.investigations.CaseType;
import org.leoprotocol.investigations.Category;
import org.leoprotocol.investigations.Finding;
import org.leoprotocol.investigations.InvestigationClosed;
import org.leoprotocol.investigations.InvestigationId;
import org.leoprotocol.investigations.InvestigationOpened;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Officer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.transparency.PolicyField;
import org.leoprotocol.transparency.PolicyMode;
import org.leoprotocol.transparency.Pseudonyms;
import org.leoprotocol.transparency.PublicationPolicy;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The officer pages through the public API and the pages, under every combination of the publication policy: a page
 * shows only fields published the same way, keys stay the same and tell nothing of each other, only closed cases with
 * final findings count, a hidden field vanishes at once, and bad addresses get 404 and 400 pages. The officer is one of
 * its own (badge 94201, unit OFFICER-PAGES) and the records are in 2042.
 */
@LeoIntegrationTest
class OfficerPagesIntegrationTests {

	static final String UNIT = "OFFICER-PAGES";
	static final String NAME = "Olivia Pagewright";
	static final Instant CLOSED = Instant.parse("2042-03-01T10:00:00Z");
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
	PublicationPolicy policy;
	@Autowired
	Pseudonyms pseudonyms;

	Officer officer;

	@BeforeEach
	void anOfficerWithClosedCasesAnOpenOneAndCommendations() {
		if (roster.units().stream().noneMatch(unit -> unit.code().equals(UNIT))) {
			roster.establishUnit(UNIT, "Officer pages test unit", null);
		}
		if (roster.findByBadge("94201").isPresent()) {
			officer = roster.findByBadge("94201").orElseThrow();
			return;
		}
		officer = roster.get(roster.enlist(new NewOfficer("94201", "Olivia", "Pagewright", "Police Officer", UNIT,
				LocalDate.of(2031, 1, 1), null)));
		for (int i = 0; i < 7; i++) {
			InvestigationId investigation = new InvestigationId(UUID.randomUUID());
			publish(new InvestigationClosed(investigation, "IA-OP-" + i, CLOSED.plus(Duration.ofDays(i)),
					List.of(new InvestigationClosed.Outcome(
							officer.id(), i < 6 ? Category.NEGLECT_OF_DUTY : Category.DISCOURTESY,
							i < 6 ? Finding.SUSTAINED : Finding.NOT_SUSTAINED))));
		}
		publish(new InvestigationOpened(new InvestigationId(UUID.randomUUID()), "IA-OP-OPEN",
				CaseType.CITIZEN_COMPLAINT, List.of(officer.id()),
				CLOSED, CLOSED.plus(Duration.ofDays(180)), null));
		for (int i = 0; i < 6; i++) {
			publish(new CommendationReceived(ComplaintId.random(), CLOSED.plus(Duration.ofDays(i)),
					List.of(officer.id())));
		}
		await().atMost(SOON).until(() -> jdbc
			.sql("select count(*) from transparency_officer_pages where officer_id = ?")
			.param(officer.id().value()).query(Long.class).single() == 2
				&& jdbc.sql(
						"select coalesce(sum(commendations), 0) from transparency_officer_commendations where officer_id = ?")
					.param(officer.id().value()).query(Long.class).single() == 6
				&& jdbc
					.sql("select coalesce(sum(allegations), 0) from transparency_officer_outcomes where officer_id = ?")
					.param(officer.id().value()).query(Long.class).single() == 7);
	}

	@AfterEach
	void installedDefaults() {
		policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.PSEUDONYM, Actor.staff("test"));
		policy.change(PolicyField.COMMENDATIONS, PolicyMode.NAME, Actor.staff("test"));
	}

	@Test
	void aPageOnlyEverCombinesFieldsPublishedTheSameWay() throws Exception {
		for (PolicyMode outcomes : PolicyMode.values()) {
			for (PolicyMode commendations : PolicyMode.values()) {
				policy.change(PolicyField.CASE_OUTCOMES, outcomes, Actor.staff("test"));
				policy.change(PolicyField.COMMENDATIONS, commendations, Actor.staff("test"));
				String combination = "outcomes " + outcomes + ", commendations " + commendations;

				List<String> named = new ArrayList<>();
				if (outcomes == PolicyMode.NAME) {
					named.add("CASE_OUTCOMES");
				}
				if (commendations == PolicyMode.NAME) {
					named.add("COMMENDATIONS");
				}
				String namedPage = api(nameKey(), named.isEmpty() ? 404 : 200);
				if (!named.isEmpty()) {
					assertThat(JsonPath.<List<String>>read(namedPage, "$.fields")).as(combination).isEqualTo(named);
					assertThat(JsonPath.<String>read(namedPage, "$.officer")).isEqualTo(NAME + " (badge 94201)");
					assertThat(JsonPath.<String>read(namedPage, "$.unit")).isEqualTo(UNIT);
					assertThat(namedPage).as(combination).doesNotContain(pseudonymKey(PolicyField.CASE_OUTCOMES))
						.doesNotContain(pseudonymKey(PolicyField.COMMENDATIONS))
						.doesNotContain(pseudonyms.of(PolicyField.CASE_OUTCOMES, officer.id().value()))
						.doesNotContain(pseudonyms.of(PolicyField.COMMENDATIONS, officer.id().value()));
				}
				for (PolicyField field : PolicyField.values()) {
					PolicyMode mode = field == PolicyField.CASE_OUTCOMES ? outcomes : commendations;
					String page = api(pseudonymKey(field), mode == PolicyMode.PSEUDONYM ? 200 : 404);
					if (mode == PolicyMode.PSEUDONYM) {
						assertThat(JsonPath.<List<String>>read(page, "$.fields")).as(combination)
							.containsExactly(field.name());
						assertThat(JsonPath.<String>read(page, "$.officer"))
							.isEqualTo("Officer " + pseudonyms.of(field, officer.id().value()));
						assertThat(JsonPath.<String>read(page, "$.unit")).isEmpty();
						assertThat(page).as(combination).doesNotContain("Pagewright").doesNotContain("94201")
							.doesNotContain(UNIT)
							.doesNotContain(nameKey());
					}
					assertThat(found("Officer " + pseudonyms.of(field, officer.id().value()))).as(combination)
						.isEqualTo(mode == PolicyMode.PSEUDONYM ? List.of(pseudonymKey(field)) : List.of());
				}
				assertThat(found("pagewright")).as(combination)
					.isEqualTo(named.isEmpty() ? List.of() : List.of(nameKey()));
			}
		}
	}

	@Test
	void keysAreStableAndTellNothingOfEachOther() throws Exception {
		UUID id = officer.id().value();
		assertThat(nameKey()).isEqualTo(pseudonyms.pageKey(OfficerPage.NAMED, id)).matches("[A-Z2-9]{12}");
		assertThat(pseudonymKey(PolicyField.CASE_OUTCOMES)).isEqualTo(pseudonyms.pageKey("CASE_OUTCOMES", id));
		assertThat(List.of(nameKey(), pseudonymKey(PolicyField.CASE_OUTCOMES), pseudonymKey(PolicyField.COMMENDATIONS),
				pseudonyms.of(PolicyField.CASE_OUTCOMES, id), pseudonyms.of(PolicyField.COMMENDATIONS, id)))
			.doesNotHaveDuplicates();
		String before = nameKey() + pseudonymKey(PolicyField.CASE_OUTCOMES) + pseudonymKey(PolicyField.COMMENDATIONS);
		policy.change(PolicyField.COMMENDATIONS, PolicyMode.PSEUDONYM, Actor.staff("test"));
		publish(new CommendationReceived(ComplaintId.random(), CLOSED.plus(Duration.ofDays(400)),
				List.of(officer.id())));
		await().atMost(SOON).until(() -> jdbc
			.sql("select coalesce(sum(commendations), 0) from transparency_officer_commendations where officer_id = ?")
			.param(id).query(Long.class).single() >= 7);
		policy.change(PolicyField.COMMENDATIONS, PolicyMode.NAME, Actor.staff("test"));
		assertThat(nameKey() + pseudonymKey(PolicyField.CASE_OUTCOMES) + pseudonymKey(PolicyField.COMMENDATIONS))
			.isEqualTo(before);
		mvc.perform(get("/transparency/officers/" + nameKey())).andExpect(status().isOk());
	}

	@Test
	void onlyClosedCasesWithFinalFindingsAreCountedSmallCountsSuppressedAndTotalsLeaveThemOut() throws Exception {
		mvc.perform(get("/api/public/v1/officers/" + pseudonymKey(PolicyField.CASE_OUTCOMES)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcomeCharts[2].bars[0].label").value("2042"))
			.andExpect(jsonPath("$.outcomeCharts[2].bars[0].shown").value("6"))
			.andExpect(jsonPath("$.outcomeCharts[2].bars[0].partial").value(true))
			.andExpect(jsonPath("$.outcomeCharts[0].bars[?(@.label == 'Discourtesy')].shown").value("0"))
			.andExpect(jsonPath("$.outcomeCharts[0].bars[?(@.label == 'Neglect of duty')].partial").value(false))
			.andExpect(jsonPath(
					"$.outcomeRows[?(@.category == 'Neglect of duty' && @.finding == 'Sustained')].allegations")
				.value("6"))
			.andExpect(jsonPath("$.outcomeRows[?(@.category == 'Discourtesy')].allegations").value("<5"))
			.andExpect(jsonPath("$.commendations").doesNotExist());
		mvc.perform(get("/transparency/officers/" + pseudonymKey(PolicyField.CASE_OUTCOMES)).param("lang", "es"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Abandono del deber")))
			.andExpect(content().string(containsString("<td data-plotted=\"6\">6</td>")))
			.andExpect(content().string(not(containsString("Pagewright"))));
		mvc.perform(get("/transparency/officers/" + nameKey()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NAME + " (badge 94201)")))
			.andExpect(content().string(containsString(UNIT)))
			.andExpect(content().string(containsString("Commendations received, by year")))
			.andExpect(content().string(containsString("<td data-plotted=\"6\">6</td>")))
			.andExpect(content().string(not(containsString("Neglect of duty"))));
	}

	@Test
	void aFieldSetToHiddenDisappearsAtOnce() throws Exception {
		String key = pseudonymKey(PolicyField.CASE_OUTCOMES);
		mvc.perform(get("/transparency/officers/" + key)).andExpect(status().isOk());
		policy.change(PolicyField.CASE_OUTCOMES, PolicyMode.HIDDEN, Actor.staff("test"));
		mvc.perform(get("/transparency/officers/" + key)).andExpect(status().isNotFound());
		mvc.perform(get("/api/public/v1/officers/" + key)).andExpect(status().isNotFound());
		assertThat(found("Officer " + pseudonyms.of(PolicyField.CASE_OUTCOMES, officer.id().value()))).isEmpty();
		mvc.perform(get("/transparency/officers").param("q", "pagewright"))
			.andExpect(content().string(containsString("does not publish this per officer")))
			.andExpect(content().string(containsString("/transparency/officers/" + nameKey())));
	}

	@Test
	void theIndexSearchesSortsAndPages() throws Exception {
		mvc.perform(get("/transparency/officers").param("q", "pagewright").param("sort", "updated"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(NAME + " (badge 94201)")))
			.andExpect(content().string(containsString("1 officer pages")));
		String pageOne = mvc.perform(get("/api/public/v1/officers").param("sort", "-name")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> labels = JsonPath.read(pageOne, "$.officers[*].label");
		assertThat(labels).isSortedAccordingTo(java.util.Comparator.<String>reverseOrder());
		mvc.perform(get("/api/public/v1/officers").param("page", "100000")).andExpect(status().isOk())
			.andExpect(jsonPath("$.officers").isEmpty());
	}

	@Test
	void theIndexPagesFromRowToRowInEveryOrderAndCountsUpToAThousand() throws Exception {
		jdbc.sql(
				"""
						insert into transparency_officer_pages (officer_id, field, name_key, pseudonym_key, name_label, pseudonym_label, updated_at)
						select gen_random_uuid(), 'COMMENDATIONS', 'KEYSET' || lpad(n::text, 6, '0'), 'KEYSETP' || lpad(n::text, 5, '0'),
						  'Keyset Tester ' || lpad(n::text, 4, '0') || ' (badge K' || n || ')', 'Officer KEYSET' || n,
						  timestamptz '2043-01-01 00:00:00+00' + (n % 40) * interval '1 hour'
						from generate_series(1, 1001) n""")
			.update();
		try {
			assertThat(jdbc
				.sql("select count(*) from pg_indexes where indexname like 'transparency_officer_pages_%_search'")
				.query(Long.class).single())
				.as("pg_trgm ships with the embedded PostgreSQL").isEqualTo(2);
			mvc.perform(get("/api/public/v1/officers")).andExpect(jsonPath("$.total").value(1000))
				.andExpect(jsonPath("$.more").value(true));
			mvc.perform(get("/transparency/officers"))
				.andExpect(content().string(containsString("More than 1,000 officer pages")));
			for (OfficerOrder order : OfficerOrder.values()) {
				List<String> walked = new ArrayList<>();
				List<String> pageTwo = null;
				String address = "/api/public/v1/officers?q=keyset%20tester%2000&sort=" + order.parameter();
				String previous = null;
				int pages = 0;
				while (address != null) {
					String index = mvc.perform(get(java.net.URI.create(address))).andExpect(status().isOk()).andReturn()
						.getResponse().getContentAsString();
					assertThat(JsonPath.<Integer>read(index, "$.total")).isEqualTo(99);
					List<String> labels = JsonPath.read(index, "$.officers[*].label");
					if (++pages == 2) {
						pageTwo = labels;
					}
					walked.addAll(labels);
					previous = JsonPath.read(index, "$.previous");
					address = JsonPath.read(index, "$.next");
				}
				assertThat(pages).as(order.name()).isEqualTo(2);
				assertThat(walked).as(order.name()).hasSize(99).doesNotHaveDuplicates();
				if (order == OfficerOrder.NAME) {
					assertThat(walked).isSorted();
				}
				if (order == OfficerOrder.NAME_DESCENDING) {
					assertThat(walked).isSortedAccordingTo(java.util.Comparator.reverseOrder());
				}
				String back = mvc.perform(get(java.net.URI.create(previous))).andReturn().getResponse()
					.getContentAsString();
				assertThat(JsonPath.<List<String>>read(back, "$.officers[*].label")).as(order.name())
					.isEqualTo(walked.subList(0, 50));
				assertThat(JsonPath.<String>read(back, "$.previous")).isNull();
				assertThat(pageTwo).isEqualTo(walked.subList(50, 99));
			}
			String html = mvc.perform(get("/transparency/officers").param("q", "keyset tester 00")).andReturn()
				.getResponse().getContentAsString();
			assertThat(html).contains("99 officer pages").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
			mvc.perform(get("/transparency/officers").param("page", "2").param("q", "keyset tester 00"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Keyset Tester 0051")));
		}
		finally {
			jdbc.sql("delete from transparency_officer_pages where name_key like 'KEYSET%'").update();
		}
	}

	@Test
	void unknownKeysAndBadSearchesGetPagesNotErrors() throws Exception {
		mvc.perform(get("/transparency/officers/NOSUCHKEY234")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No officer page is published under this address")));
		mvc.perform(get("/transparency/officers/NOSUCHKEY234").param("lang", "es")).andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No hay ninguna página de agente")));
		mvc.perform(get("/api/public/v1/officers/NOSUCHKEY234")).andExpect(status().isNotFound())
			.andExpect(jsonPath("$.status").value(404));
		mvc.perform(get("/transparency/officers").param("page", "0")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("Choose a page between 1 and 100,000")));
		mvc.perform(get("/transparency/officers").param("page", "first")).andExpect(status().isBadRequest());
		mvc.perform(get("/transparency/officers").param("after", "not a position")).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("This page address is not valid")));
		mvc.perform(get("/api/public/v1/officers").param("sort", "updated")
			.param("before", OfficerQuery.Position.of(new OfficerPage("K", null,
					PolicyMode.NAME, List.of(), "a name, not a time", Instant.EPOCH), OfficerOrder.NAME)
				.token()))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/transparency/officers").param("sort", "badge")).andExpect(status().isBadRequest());
		mvc.perform(get("/transparency/officers").param("q", "x".repeat(81))).andExpect(status().isBadRequest());
		mvc.perform(get("/api/public/v1/officers").param("sort", "badge")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("There is no order \"badge\"")));
		mvc.perform(get("/transparency/officers").param("q", "100%_\\")).andExpect(status().isOk());
	}

	private String api(String key, int expectedStatus) throws Exception {
		return mvc.perform(get("/api/public/v1/officers/" + key)).andExpect(status().is(expectedStatus))
			.andReturn().getResponse().getContentAsString();
	}

	private List<String> found(String text) throws Exception {
		String index = mvc.perform(get("/api/public/v1/officers").param("q", text)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		List<String> hrefs = JsonPath.read(index, "$.officers[*].href");
		return hrefs.stream().map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
	}

	private String nameKey() {
		return jdbc.sql("select distinct name_key from transparency_officer_pages where officer_id = ?")
			.param(officer.id().value())
			.query(String.class).single();
	}

	private String pseudonymKey(PolicyField field) {
		return jdbc.sql("select pseudonym_key from transparency_officer_pages where officer_id = ? and field = ?")
			.params(officer.id().value(), field.name()).query(String.class).single();
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}
}
