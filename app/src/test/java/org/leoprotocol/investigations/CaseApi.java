package org.leoprotocol.investigations;

import java.util.EnumMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import jakarta.servlet.http.Cookie;

import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;

/**
 * The investigation API as tests drive it: one method per call, signed in with a role. Each role signs in once through
 * the real login form and keeps its session cookie (with CSRF tokens on changes), because checking an Argon2 password
 * on every request would make long scenarios slow.
 */
final class CaseApi {

	private final MockMvc mvc;
	private final StaffDirectory staff;
	private final Map<Role, Cookie> sessions = new EnumMap<>(Role.class);

	CaseApi(MockMvc mvc, StaffDirectory staff) {
		this.mvc = mvc;
		this.staff = staff;
	}

	ResultActions post(Role role, String path, String json, Object... variables) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, variables)
			.cookie(session(role)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions put(Role role, String path, String json, Object... variables) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(path, variables)
			.cookie(session(role)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions get(Role role, String path, Object... variables) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, variables)
			.cookie(session(role)));
	}

	private Cookie session(Role role) throws Exception {
		Cookie session = sessions.get(role);
		if (session == null) {
			String username = StaffAccountsForTests.ensure(staff, role);
			session = mvc.perform(formLogin("/login").user(username).password(StaffAccountsForTests.PASSWORD))
				.andExpect(authenticated()).andReturn().getResponse().getCookie("LEO_SESSION");
			sessions.put(role, session);
		}
		return session;
	}

	/** Proposes a personnel action as command and returns the proposal's id; it has no effect until approved. */
	String propose(String caseId, String badgeNumber, String action, String reason) throws Exception {
		return JsonPath.read(post(Role.COMMAND, "/api/v1/investigations/{id}/personnel-actions", """
				{"badgeNumber":"%s","action":"%s","reason":"%s"}""".formatted(badgeNumber, action, reason), caseId)
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isCreated())
			.andReturn().getResponse().getContentAsString(), "$.id");
	}

	/** Approves a proposed personnel action as a second member of command, not the one who proposed it. */
	ResultActions approveAsSecond(String caseId, String proposalId) throws Exception {
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(SECOND_COMMAND, "Second member of command", null,
				java.util.Set.of(Role.COMMAND), StaffAccountsForTests.PASSWORD));
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/api/v1/investigations/{id}/personnel-actions/{p}/approval", caseId, proposalId)
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic(
					SECOND_COMMAND,
					StaffAccountsForTests.PASSWORD)));
	}

	static final String SECOND_COMMAND = "test-command-second";

	/** Opens a case and returns its id. */
	String open(String caseType, String complaintId, String... badgeAndCategory) throws Exception {
		StringBuilder allegations = new StringBuilder();
		for (int i = 0; i < badgeAndCategory.length; i += 2) {
			allegations.append(i == 0 ? "" : ",").append("""
					{"badgeNumber":"%s","category":"%s","description":"As alleged in the complaint."}"""
				.formatted(badgeAndCategory[i], badgeAndCategory[i + 1]));
		}
		String body = post(Role.INVESTIGATOR, "/api/v1/investigations", """
				{"caseType":"%s","complaintId":%s,"summary":"Test case","allegations":[%s]}
				""".formatted(caseType, complaintId == null ? "null" : "\"" + complaintId + "\"", allegations))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.investigation.id");
	}

	String allegation(String caseId, int index) throws Exception {
		String body = get(Role.INVESTIGATOR, "/api/v1/investigations/{id}", caseId).andReturn().getResponse()
			.getContentAsString();
		return JsonPath.read(body, "$.investigation.allegations[" + index + "].id");
	}

	ResultActions finding(String caseId, String allegationId, String stage, String finding, String reason)
			throws Exception {
		return post(stage.equals("FINAL") ? Role.COMMAND : Role.INVESTIGATOR,
				"/api/v1/investigations/{id}/allegations/{a}/findings", """
						{"stage":"%s","finding":"%s","agencyCode":"%s","reason":%s}
						""".formatted(stage, finding, finding.substring(0, 2),
						reason == null ? "null" : "\"" + reason + "\""),
				caseId, allegationId);
	}

	ResultActions assign(String caseId, String investigator) throws Exception {
		return post(Role.COMMAND, "/api/v1/investigations/{id}/assignment",
				"{\"investigator\":\"" + investigator + "\"}", caseId);
	}

}
