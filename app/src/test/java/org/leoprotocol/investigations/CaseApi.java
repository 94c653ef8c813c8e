package org.leoprotocol.investigations;

import com.jayway.jsonpath.JsonPath;
import org.leoprotocol.access.Role;
import org.leoprotocol.access.StaffDirectory;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.leoprotocol.StaffAccountsForTests.as;

/** The investigation API as tests drive it: one method per call, signed in with a role. */
record CaseApi(MockMvc mvc, StaffDirectory staff) {

	ResultActions post(Role role, String path, String json, Object... variables) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(path, variables)
			.with(as(staff, role)).contentType(MediaType.APPLICATION_JSON).content(json));
	}

	ResultActions get(Role role, String path, Object... variables) throws Exception {
		return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path, variables).with(as(staff, role)));
	}

	/** Opens a case and returns its id. */
	String open(String caseType, String complaintId, String... badgeAndCategory) throws Exception {
		StringBuilder allegations = new StringBuilder();
		for (int i = 0; i < badgeAndCategory.length; i += 2) {
			allegations.append(i == 0 ? "" : ",").append("""
					{"badgeNumber":"%s","category":"%s","description":"As alleged in the complaint."}""".formatted(badgeAndCategory[i], badgeAndCategory[i + 1]));
		}
		String body = post(Role.INVESTIGATOR, "/api/v1/investigations", """
				{"caseType":"%s","complaintId":%s,"summary":"Test case","allegations":[%s]}
				""".formatted(caseType, complaintId == null ? "null" : "\"" + complaintId + "\"", allegations))
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.investigation.id");
	}

	String allegation(String caseId, int index) throws Exception {
		String body = get(Role.INVESTIGATOR, "/api/v1/investigations/{id}", caseId).andReturn().getResponse().getContentAsString();
		return JsonPath.read(body, "$.investigation.allegations[" + index + "].id");
	}

	ResultActions finding(String caseId, String allegationId, String stage, String finding, String reason) throws Exception {
		return post(stage.equals("FINAL") ? Role.COMMAND : Role.INVESTIGATOR, "/api/v1/investigations/{id}/allegations/{a}/findings", """
				{"stage":"%s","finding":"%s","agencyCode":"%s","reason":%s}
				""".formatted(stage, finding, finding.substring(0, 2), reason == null ? "null" : "\"" + reason + "\""), caseId, allegationId);
	}

	ResultActions assign(String caseId, String investigator) throws Exception {
		return post(Role.COMMAND, "/api/v1/investigations/{id}/assignment", "{\"investigator\":\"" + investigator + "\"}", caseId);
	}

}
