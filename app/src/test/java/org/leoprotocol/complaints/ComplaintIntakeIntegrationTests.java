package org.leoprotocol.complaints;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class ComplaintIntakeIntegrationTests {

	static final AtomicInteger CLIENTS = new AtomicInteger(1);

	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	JdbcClient jdbc;

	RequestPostProcessor client;

	@BeforeEach
	void aFreshClientAndAnOfficer() {
		int n = CLIENTS.getAndIncrement();
		client = from("10.20." + (n / 250) + "." + (n % 250 + 1));
		roster.establishUnit("C-HQ", "Complaints test headquarters", null);
		roster.enlist(
				new NewOfficer("77734", "Mark", "Tester", "Police Officer", "C-HQ", LocalDate.of(2011, 4, 1), null));
	}

	@Test
	void filesThroughTheApiAndTheCodeAndKeyOpenTheStatus() throws Exception {
		MvcResult filed = mvc
			.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.content(json(SubmissionFixtures.aComplaintAbout("77734"))))
			.andExpect(status().isCreated())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(jsonPath("$.trackingCode").isString())
			.andReturn();
		String code = JsonPath.read(filed.getResponse().getContentAsString(), "$.trackingCode");
		String key = JsonPath.read(filed.getResponse().getContentAsString(), "$.accessKey");

		mvc.perform(post("/api/v1/public/complaints/status").with(client).contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"" + code.toLowerCase(Locale.ROOT) + "\",\"accessKey\":\"" + key + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.stage").value("RECEIVED"))
			.andExpect(jsonPath("$.history[0].stage").value("RECEIVED"))
			.andExpect(content().string(not(containsString("Cora"))))
			.andExpect(content().string(not(containsString("Leo"))));
		mvc.perform(post("/api/v1/public/complaints/status").with(client).contentType(MediaType.APPLICATION_JSON)
			.content("{\"trackingCode\":\"" + code + "\",\"accessKey\":\"WRONG-KEY\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail")
				.value("No case matches this tracking code and access key. Check both and try again."));

		assertThat(jdbc.sql(
				"select count(*) from complaint c join complaint_officer o on o.complaint_id = c.id where c.tracking_code = :code and o.officer_id is not null")
			.param("code", code).query(Long.class).single()).isOne();
		assertThat(jdbc.sql("select count(*) from complaint where access_key_hash = :key")
			.param("key", key.getBytes(StandardCharsets.UTF_8))
			.query(Long.class).single()).isZero();
	}

	@Test
	void aRepeatedSubmissionIsStoredOnceAndAcknowledgedWithTheSameCodeAndKey() throws Exception {
		String idempotencyKey = UUID.randomUUID().toString();
		String body = json(SubmissionFixtures.aComplaintAbout("77734"));
		String first = mvc
			.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", idempotencyKey).content(body))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String second = mvc
			.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
				.header("Idempotency-Key", idempotencyKey).content(body))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.repeated").value(true))
			.andReturn().getResponse().getContentAsString();

		assertThat((String) JsonPath.read(second, "$.trackingCode")).isEqualTo(JsonPath.read(first, "$.trackingCode"));
		assertThat((String) JsonPath.read(second, "$.accessKey")).isEqualTo(JsonPath.read(first, "$.accessKey"));
	}

	@Test
	void badInputGetsAMessagePerFieldAndNothingIsStored() throws Exception {
		long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
		mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"COMPLAINT\",\"narrative\":\" \",\"email\":\"nope\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.fields.narrative").value("Tell us what happened."))
			.andExpect(jsonPath("$.fields.email")
				.value("This does not look like an email address, e.g. name@example.org."));
		mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.content("{\"kind\":\"PRAISE\"}"))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", "short").content(json(SubmissionFixtures.aComplaintAbout("77734"))))
			.andExpect(status().isBadRequest());

		assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void anOversizedBodyIsRefusedBeforeItIsRead() throws Exception {
		mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.content("{\"narrative\":\"" + "x".repeat(70_000) + "\"}"))
			.andExpect(status().isContentTooLarge());
	}

	@Test
	void theFormShowsProblemsNextToTheFieldsAndKeepsTheInputEscaped() throws Exception {
		mvc.perform(post("/public/complaints").with(client).with(csrf())
			.param("formToken", UUID.randomUUID().toString()).param("kind", "COMPLAINT")
			.param("narrative", "").param("email", "<script>alert(1)</script>")
			.param("officerBadge", "", "", "").param("officerName", "<b>Someone</b>", "", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"narrative-problem\"")))
			.andExpect(content().string(containsString("Tell us what happened.")))
			.andExpect(content().string(containsString("value=\"&lt;b>Someone&lt;/b>\"")))
			.andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
	}

	@Test
	void theFormAcknowledgesOnceForADoubleClickAndTheStatusPageOpens() throws Exception {
		String token = UUID.randomUUID().toString();
		String first = mvc.perform(formSubmission(token)).andExpect(status().isOk())
			.andExpect(header().string("Cache-Control", "no-store"))
			.andExpect(content().string(containsString("id=\"tracking-code\""))).andReturn().getResponse()
			.getContentAsString();
		String second = mvc.perform(formSubmission(token)).andExpect(status().isOk())
			.andExpect(content().string(containsString("You had already sent this form"))).andReturn().getResponse()
			.getContentAsString();
		String code = between(first, "<dd id=\"tracking-code\"><code>", "</code>");
		String key = between(first, "<dd id=\"access-key\"><code>", "</code>");
		assertThat(between(second, "<dd id=\"access-key\"><code>", "</code>")).isEqualTo(key);
		assertThat(jdbc.sql("select count(*) from complaint where tracking_code = :code").param("code", code)
			.query(Long.class).single()).isOne();

		mvc.perform(post("/public/complaints/status").with(client).with(csrf()).param("trackingCode", code)
			.param("accessKey", key))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"current-stage\">Received")))
			.andExpect(content().string(not(containsString(key))));
		mvc.perform(get("/public/complaints/new").param("kind", "COMMENDATION"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Commend an officer")));
	}

	@Test
	void staffSeeTheComplaintWithTheNamedOfficerAndTheQueueIsForInvestigators() throws Exception {
		String body = mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.content(json(SubmissionFixtures.aComplaintAbout("77734")))).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.trackingCode");
		String id = jdbc.sql("select id::text from complaint where tracking_code = :c").param("c", code)
			.query(String.class).single();

		mvc.perform(get("/api/v1/complaints/{id}", id).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.submission.name").value("Cora Miller"))
			.andExpect(jsonPath("$.officers[0].named.badgeNumber").value("77734"));
		mvc.perform(get("/api/v1/complaints/{id}", id).with(as(staff, Role.OFFICER))).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/complaints").param("stage", "RECEIVED").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(code)));
		assertThat(jdbc.sql(
				"select count(*) from audit_event where record_type = 'Complaint' and record_id = :id and action = 'READ'")
			.param("id", id).query(Long.class).single()).isOne();
	}

	private org.springframework.test.web.servlet.RequestBuilder formSubmission(String token) {
		return post("/public/complaints").with(client).with(csrf()).param("formToken", token)
			.param("kind", "COMMENDATION")
			.param("narrative", "She stayed with a lost child.").param("occurredOn", "Saturday")
			.param("location", "Square")
			.param("officerBadge", "77734", "", "").param("officerName", "", "", "")
			.param("officerDescription", "", "", "")
			.param("anonymous", "yes");
	}

	static RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static String json(Submission submission) throws Exception {
		return new tools.jackson.databind.json.JsonMapper().writeValueAsString(submission);
	}

	static String between(String text, String start, String end) {
		int from = text.indexOf(start) + start.length();
		return text.substring(from, text.indexOf(end, from));
	}
}
