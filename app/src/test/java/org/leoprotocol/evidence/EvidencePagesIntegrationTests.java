package org.leoprotocol.evidence;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class EvidencePagesIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;

	@Test
	void theItemPageShowsFactsCustodyAndFormsAndTheReportsDownload() throws Exception {
		String id = upload();
		mvc.perform(get("/staff/evidence").with(as(staff, Role.COMMAND))).andExpect(status().isOk())
			.andExpect(content().string(containsString("calls.csv")));
		mvc.perform(get("/staff/evidence/{id}", id).with(as(staff, Role.COMMAND))).andExpect(status().isOk())
			.andExpect(content().string(containsString("Chain of custody")))
			.andExpect(content().string(containsString("<td>Taken into custody</td>")))
			.andExpect(content().string(containsString("Make a watermarked export")));
		var csv = mvc.perform(get("/staff/evidence/{id}/custody.csv", id).with(as(staff, Role.COMMAND))).andReturn();
		mvc.perform(asyncDispatch(csv)).andExpect(status().isOk())
			.andExpect(content().string(containsString("position,event_id,occurred_at_utc,action,actor,detail")))
			.andExpect(content().string(containsString("INGESTED")));
		var pdf = mvc.perform(get("/staff/evidence/{id}/custody.pdf", id).with(as(staff, Role.COMMAND))).andReturn();
		byte[] report = mvc.perform(asyncDispatch(pdf)).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf")).andReturn().getResponse()
			.getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(report)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			org.assertj.core.api.Assertions.assertThat(text).contains("Chain of custody").contains("INGESTED")
				.contains(EvidenceFixtures.sha256(EvidenceFixtures.phoneRecords()));
		}
		var enEspanol = mvc.perform(
				get("/staff/evidence/{id}/custody.pdf", id).header("Accept-Language", "es")
					.with(as(staff, Role.COMMAND)))
			.andReturn();
		try (var document = org.apache.pdfbox.Loader.loadPDF(
				mvc.perform(asyncDispatch(enEspanol)).andReturn().getResponse().getContentAsByteArray())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			org.assertj.core.api.Assertions.assertThat(text).contains("Cadena de custodia", "página 1 de 1",
					"Elemento de prueba", "Registros telefónicos", "Puesto bajo custodia (INGESTED)");
		}
	}

	@Test
	void aTextExportCarriesItsCodeAndTheExportsFragmentServesHtmx() throws Exception {
		String id = upload();
		mvc.perform(post("/staff/evidence/{id}/exports", id).param("recipient", "Prosecutor").param("purpose", "trial")
			.with(as(staff, Role.COMMAND))).andExpect(status().is3xxRedirection());
		mvc.perform(get("/staff/evidence/{id}/exports", id).header("HX-Request", "true").with(as(staff, Role.COMMAND)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Prosecutor")))
			.andExpect(content().string(not(containsString("<html"))));
		mvc.perform(post("/staff/evidence/{id}/exports", id).param("recipient", "").param("purpose", "trial")
			.with(as(staff, Role.COMMAND))).andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attribute("problem",
					"Name the recipient"));
	}

	@Test
	void retentionIsSetAndHeldFromTheItemPageAndShownInTheReport() throws Exception {
		String id = upload();
		mvc.perform(post("/staff/evidence/{id}/retention", id).param("category", "USE_OF_FORCE")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/evidence/{id}/hold", id).param("reason", "records request 2026-17")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/staff/evidence/{id}/hold", id).param("reason", "done").param("action", "lift")
			.with(as(staff, Role.INVESTIGATOR))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/evidence/{id}", id).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(content().string(containsString("records request 2026-17")))
			.andExpect(content().string(containsString("USE_OF_FORCE")));
		mvc.perform(get("/staff/evidence/retention").with(as(staff, Role.COMMAND))).andExpect(status().isOk())
			.andExpect(content().string(containsString("legal hold: records request 2026-17")));
		var csv = mvc.perform(get("/staff/evidence/retention.csv").with(as(staff, Role.COMMAND))).andReturn();
		mvc.perform(asyncDispatch(csv)).andExpect(status().isOk())
			.andExpect(content().string(
					containsString("evidence_id,file,categories,retain_until,legal_hold,in_case,state,purge_after")))
			.andExpect(content().string(containsString(id + ",calls.csv,USE_OF_FORCE,")));
	}

	@Test
	void pagesRefuseWhomTheRulesRefuse() throws Exception {
		String id = upload();
		mvc.perform(get("/staff/evidence/{id}", id).with(as(staff, Role.OFFICER))).andExpect(status().isForbidden())
			.andExpect(content().string(containsString("Officers see their own recordings only")));
		mvc.perform(get("/staff/evidence").with(as(staff, Role.ADMIN))).andExpect(status().isForbidden());
		mvc.perform(get("/staff/evidence/trace").param("code", "nonsense").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("is not an export code")));
		mvc.perform(get("/staff/evidence/upload").with(as(staff, Role.REVIEW_BOARD))).andExpect(status().isForbidden());
	}

	@Test
	void aTraceThatFindsNothingSaysSoInTheReadersLanguage() throws Exception {
		mvc.perform(get("/staff/evidence/trace").param("code", "LEO-0000000000").param("lang", "es")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ninguna exportación tiene el código LEO-0000000000")));
		mvc.perform(get("/api/v1/evidence/trace").param("code", "LEO-0000000000").header("Accept-Language", "es")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(jsonPath("$.match").value("NONE"))
			.andExpect(jsonPath("$.explanation").value("Ninguna exportación tiene el código LEO-0000000000"));
		mvc.perform(get("/api/v1/evidence/trace").param("code", "LEO-0000000000").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(jsonPath("$.explanation").value("No export has the code LEO-0000000000"));
	}

	private String upload() throws Exception {
		return JsonPath.read(mvc
			.perform(post("/api/v1/evidence").param("kind", "PHONE_RECORDS").param("fileName", "calls.csv")
				.content(EvidenceFixtures.phoneRecords()).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
	}
}
