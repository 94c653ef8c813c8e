package org.leoprotocol.access.matrix;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;

import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.access.StaffDirectory.NewStaffAccount;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Role;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The records the matrix asks about, made through the API by people who are none of the callers: an incident a patrol
 * officer of another unit reported, a complaint a resident filed against an officer (the resident shares her name with
 * an officer, Matrix Party, who is therefore a party to it), the case opened on it, that case's first allegation and a
 * photo filed as its evidence. Path variables resolve to these; a variable no record stands for gets a fresh id, which
 * tests the role rule before any record is looked up.
 */
final class MatrixRecords {

	static final String UNIT = "MATRIX";
	static final String OTHER_UNIT = "MATRIX-EAST";
	static final String SUBJECT_BADGE = "8809";
	static final String REPORTER = "matrix-reporter";
	static final String OPENER = "matrix-case-opener";
	static final String THROWAWAY = "matrix-throwaway";

	/**
	 * Query parameters reads commonly require, so that a read is answered by its authorization rule and not refused for
	 * a missing parameter first (Spring binds parameters before method security is asked).
	 */
	private static final Map<String, String> COMMON_PARAMETERS = Map.of("agency", "MATRIX", "asOf", "2026-01-01",
			"stage",
			"RECEIVED", "code", "LEO-MATRIX", "q", "matrix");

	private static final Pattern VARIABLE = Pattern.compile("\\{([^}/]+)}");
	private static final Map<Caller, String> BADGES = Map.of(Caller.CHIEF, "8801", Caller.DEPUTY, "8802", Caller.WATCH,
			"8803", Caller.SERGEANT, "8804", Caller.INVESTIGATOR, "8805", Caller.OFFICER, "8806");

	private final MockMvc mvc;
	private final Map<String, String> values = new LinkedHashMap<>();
	private OfficerId subject;
	private String caseNumber;

	private final UserDetailsService users;

	private MatrixRecords(MockMvc mvc, UserDetailsService users) {
		this.mvc = mvc;
		this.users = users;
	}

	static MatrixRecords create(MockMvc mvc, Roster roster, StaffDirectory staff, UserDetailsService users)
			throws Exception {
		MatrixRecords records = new MatrixRecords(mvc, users);
		records.department(roster, staff);
		records.incident();
		records.complaintAndCase();
		return records;
	}

	static RequestPostProcessor as(String username) {
		return httpBasic(username, StaffAccountsForTests.PASSWORD);
	}

	OfficerId subject() {
		return subject;
	}

	String caseNumber() {
		return caseNumber;
	}

	String caseId() {
		return values.get("case");
	}

	String evidenceId() {
		return values.get("evidence");
	}

	String value(String key) {
		return values.get(key);
	}

	/** Lets a walk stand a record of its own for a kind of path variable (an incident made for its relations). */
	void use(String key, String value) {
		values.put(key, value);
	}

	private void department(Roster roster, StaffDirectory staff) {
		roster.establishUnit("HQ", "Office of the Chief", null);
		roster.establishUnit(UNIT, "Matrix patrol unit", "HQ");
		roster.establishUnit(OTHER_UNIT, "Matrix east patrol unit", "HQ");
		for (Caller caller : Caller.values()) {
			if (!caller.signedIn()) {
				continue;
			}
			String badge = BADGES.get(caller);
			OfficerId officer = badge == null ? null : enlist(roster, badge, caller.column(), UNIT);
			account(staff, caller.username(), caller.roles(), officer);
		}
		subject = enlist(roster, SUBJECT_BADGE, "subject", UNIT);
		account(staff, REPORTER, Set.of(Role.OFFICER), enlist(roster, "8807", "reporter", OTHER_UNIT));
		account(staff, OPENER, Set.of(Role.INVESTIGATOR), enlist(roster, "8808", "opener", "HQ"));
		account(staff, THROWAWAY, Set.of(Role.OFFICER), null);
		values.put("officer", subject.value().toString());
		values.put("badgeNumber", SUBJECT_BADGE);
		values.put("username", THROWAWAY);
	}

	static OfficerId enlist(Roster roster, String badge, String name, String unit) {
		return roster.findByBadge(badge).map(officer -> officer.id()).orElseGet(() -> roster.enlist(
				new NewOfficer(badge, "Matrix", name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1),
						"Police Officer", unit,
						LocalDate.of(2015, 1, 5), null)));
	}

	static void account(StaffDirectory staff, String username, Set<Role> roles, OfficerId officer) {
		staff.ensureAccount(
				new NewStaffAccount(username, "Matrix " + username, officer == null ? null : officer.value(), roles,
						StaffAccountsForTests.PASSWORD));
	}

	private void incident() throws Exception {
		String body = mvc
			.perform(post("/api/v1/incidents").with(as(REPORTER)).contentType(MediaType.APPLICATION_JSON).content(
					"""
							{"kind":"FOUND_CHILD","location":"Matrix park",
							 "person":{"name":"Mira Testa","age":6,"description":"red coat","condition":"DISTRESSED","riskFactors":["OUT_OF_ZONE_OF_SAFETY"]}}
							"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		values.put("incident", JsonPath.read(body, "$.id"));
	}

	private void complaintAndCase() throws Exception {
		String filed = mvc.perform(post("/api/v1/public/complaints").with(request -> {
			request.setRemoteAddr("10.88.0." + (1 + (int) (Math.random() * 200)));
			return request;
		}).contentType(MediaType.APPLICATION_JSON).header("Idempotency-Key", UUID.randomUUID().toString()).content(
				"""
						{"kind":"COMPLAINT","filedFor":"SELF","name":"Matrix Party","narrative":"He ignored my call for help.",
						 "occurredOn":"yesterday","location":"Matrix park","officers":[{"badgeNumber":"%s","name":"Matrix Subject"}]}
						"""
					.formatted(SUBJECT_BADGE)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(filed, "$.trackingCode");
		String received = mvc.perform(get("/api/v1/complaints?stage=RECEIVED").with(as(OPENER)))
			.andReturn().getResponse().getContentAsString();
		List<String> ids = JsonPath.read(received, "$[?(@.trackingCode == '" + code + "')].id");
		values.put("complaint", ids.get(0));
		String opened = mvc
			.perform(post("/api/v1/investigations").with(as(OPENER)).contentType(MediaType.APPLICATION_JSON).content("""
					{"caseType":"CITIZEN_COMPLAINT","complaintId":"%s","summary":"Matrix case","allegations":[
					 {"badgeNumber":"%s","category":"NEGLECT_OF_DUTY","description":"As alleged in the complaint."}]}
					""".formatted(ids.get(0), SUBJECT_BADGE))).andReturn().getResponse().getContentAsString();
		values.put("case", JsonPath.read(opened, "$.investigation.id"));
		values.put("allegation", JsonPath.read(opened, "$.investigation.allegations[0].id"));
		caseNumber = JsonPath.read(opened, "$.investigation.caseNumber");
		values.put("caseNumber", caseNumber);
		String photo = mvc.perform(post("/api/v1/evidence").param("kind", "PHOTO").param("fileName", "matrix.png")
			.param("caseReference", caseNumber).content(org.leoprotocol.evidence.EvidenceFixtures.aPhoto())
			.with(as(OPENER)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		values.put("evidence", JsonPath.read(photo, "$.id"));
		String custody = mvc
			.perform(get("/api/v1/evidence/{id}/custody", values.get("evidence")).with(as("matrix-chief")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		values.put("position", String.valueOf(((Number) JsonPath.read(custody, "$[0].position")).longValue()));
	}

	/**
	 * Asks the endpoint, with the path's variables resolved, as the staff member (null: nobody signed in), with a CSRF
	 * token and, for a write, an empty JSON object or form. An exception no handler turned into an answer is what a
	 * client would see as a server error.
	 */
	MockHttpServletResponse ask(Endpoint endpoint, String username) throws Exception {
		MockHttpServletRequestBuilder builder = request(HttpMethod.valueOf(endpoint.method()),
				resolve(endpoint.pattern()))
			.with(csrf()).header("Accept-Language", "en")
			.with(fromOwnAddress())
			.accept(endpoint.isApi() ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if (username != null) {
			builder.with(signedIn(username));
		}
		if (endpoint.pattern().equals("/error")) {
			builder.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
				.requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/nowhere");
		}
		if (!endpoint.changesState()) {
			COMMON_PARAMETERS.forEach(builder::queryParam);
			builder.queryParam("officerId", subject.value().toString()).queryParam("officer",
					subject.value().toString());
		}
		else if (endpoint.isApi()) {
			builder.contentType(MediaType.APPLICATION_JSON).content("{}");
		}
		else {
			builder.contentType(MediaType.APPLICATION_FORM_URLENCODED);
		}
		try {
			return mvc.perform(builder).andReturn().getResponse();
		}
		catch (ServletException unhandled) {
			MockHttpServletResponse failed = new MockHttpServletResponse();
			failed.sendError(500, String.valueOf(unhandled.getRootCause()));
			return failed;
		}
	}

	/**
	 * Every request of the walk comes from its own client address, so the walk never spends the public forms'
	 * per-address allowance (the throttle is kept in the database, shared with every other test of the context).
	 */
	private static RequestPostProcessor fromOwnAddress() {
		int n = ADDRESSES.incrementAndGet();
		return request -> {
			request.setRemoteAddr("10.89." + (n / 250 % 250) + "." + (1 + n % 250));
			return request;
		};
	}

	private static final AtomicInteger ADDRESSES = new AtomicInteger();

	/** Signed in as the application loads the account, so the password hash is checked once, not per request. */
	RequestPostProcessor signedIn(String username) {
		UserDetails user = users.loadUserByUsername(username);
		return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
	}

	/** The path with each variable replaced by the matrix's record of that kind, chosen by the segment before it. */
	String resolve(String pattern) {
		Matcher matcher = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (matcher.find()) {
			String before = pattern.substring(0, matcher.start());
			matcher.appendReplacement(path, Matcher.quoteReplacement(valueFor(before, matcher.group(1))));
		}
		return matcher.appendTail(path).toString();
	}

	private String valueFor(String before, String variable) {
		String key = switch (variable) {
			case "officerId", "officer" -> "officer";
			case "allegationId" -> "allegation";
			case "complaintId" -> "complaint";
			case "exportId" -> "export";
			case "caseNumber", "reference" -> "caseNumber";
			case "badgeNumber", "username", "broadcast" -> variable;
			case "id" -> kindBefore(before);
			case "position" -> before.endsWith("/ledger/events/") ? "position" : null;
			default -> null;
		};
		String value = key == null ? null : values.get(key);
		return value != null ? value : fallback(variable);
	}

	private static String kindBefore(String before) {
		if (before.endsWith("/incidents/")) {
			return "incident";
		}
		if (before.endsWith("/investigations/") || before.endsWith("/board/cases/")) {
			return "case";
		}
		if (before.endsWith("/complaints/")) {
			return "complaint";
		}
		if (before.endsWith("/early-warning/flags/")) {
			return "flag";
		}
		if (before.endsWith("/evidence/")) {
			return "evidence";
		}
		if (before.endsWith("/officers/") || before.endsWith("/personnel/")) {
			return "officer";
		}
		return null;
	}

	private static String fallback(String variable) {
		return switch (variable) {
			case "table" -> "officers";
			case "position", "version" -> "1";
			case "code" -> "NOT_A_STEP";
			case "clock" -> "INTERNAL";
			case "rule", "field", "key", "token" -> "not-a-" + variable;
			default -> UUID.randomUUID().toString();
		};
	}
}
