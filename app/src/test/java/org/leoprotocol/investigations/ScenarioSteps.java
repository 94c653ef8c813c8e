package org.leoprotocol.investigations;

import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.leoprotocol.shared.Role;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The steps the seed scenarios repeat, through the public and staff APIs. */
record ScenarioSteps(MockMvc mvc, CaseApi api) {

	/**
	 * Files through the public API from a client address of its own; returns {trackingCode, accessKey, complaintId}.
	 */
	String[] file(String json, String clientAddress) throws Exception {
		RequestPostProcessor client = request -> {
			request.setRemoteAddr(clientAddress);
			return request;
		};
		String body = mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", UUID.randomUUID().toString()).content(json))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String code = JsonPath.read(body, "$.trackingCode");
		String complaints = api.get(Role.INVESTIGATOR, "/api/v1/complaints?stage=RECEIVED").andReturn().getResponse()
			.getContentAsString();
		java.util.List<String> ids = JsonPath.read(complaints, "$[?(@.trackingCode == '" + code + "')].id");
		return new String[] { code, JsonPath.read(body, "$.accessKey"), ids.get(0) };
	}

	/** Runs a case to closure with the same recommended and final finding for its only allegation. */
	String investigateAndClose(String caseId, String investigator, String finding, String reason) throws Exception {
		api.assign(caseId, investigator).andExpect(status().isOk());
		String allegation = api.allegation(caseId, 0);
		api.finding(caseId, allegation, "RECOMMENDED", finding, reason).andExpect(status().isOk());
		api.post(Role.INVESTIGATOR, "/api/v1/investigations/{id}/review", "{}", caseId).andExpect(status().isOk());
		api.finding(caseId, allegation, "FINAL", finding, reason).andExpect(status().isOk());
		String closed = api.post(Role.COMMAND, "/api/v1/investigations/{id}/close", "{}", caseId)
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		return JsonPath.read(closed, "$.investigation.caseNumber");
	}

	String caseNumber(String caseId) throws Exception {
		return JsonPath.read(
				api.get(Role.COMMAND, "/api/v1/investigations/{id}", caseId).andReturn().getResponse()
					.getContentAsString(),
				"$.investigation.caseNumber");
	}

	static String complaint(String kind, String badge, String officerName, String narrative) {
		return """
				{"kind":"%s","filedFor":"SELF","name":"A resident","narrative":"%s","occurredOn":"that day","location":"central square",
				 "officers":[{"badgeNumber":"%s","name":"%s"}]}
				"""
			.formatted(kind, narrative, badge, officerName);
	}
}
