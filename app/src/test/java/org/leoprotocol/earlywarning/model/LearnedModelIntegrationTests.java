package org.leoprotocol.earlywarning.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * An agency's history imported through the API with its own mapping, then its model: the page before any training (the
 * rule score ranks, and says so), training for a date, the card with validation and fairness, the flagged officers
 * explained in Spanish, the ranking seam, too little history, and bad input.
 */
@LeoIntegrationTest
class LearnedModelIntegrationTests {

	static final String AGENCY = "MODEL-TEST-PD";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	LearnedRanking ranking;

	@Test
	void anAgencyModelIsTrainedExplainedAuditedForFairnessAndFallsBackWhenHistoryIsShort() throws Exception {
		importHistory();

		mvc.perform(get(ModelRoutes.page(AGENCY)).param("asOf", "2018-01-01").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No model has been trained for this agency")));

		mvc.perform(post(ModelRoutes.API + "/" + AGENCY + "/train").param("asOf", "2018-01-01")
			.with(as(staff, Role.SUPERVISOR)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(ModelRoutes.API + "/" + AGENCY + "/train").param("asOf", "2018-01-01")
			.with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trained").value(true))
			.andExpect(jsonPath("$.validation.length()").value(4))
			.andExpect(jsonPath("$.fairness[?(@.attribute == 'race' && @.value == 'Black')]").exists());

		mvc.perform(get(ModelRoutes.API + "/" + AGENCY + "/flagged").param("asOf", "2018-01-01")
			.header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.learned").value(true))
			.andExpect(jsonPath("$.method", containsString("modelo aprendido")))
			.andExpect(jsonPath("$.flagged[0].reasons[0]", containsString("eleva la estimación")))
			.andExpect(jsonPath("$.flagged[0].peers", containsString("pares de la misma unidad y rango")));

		mvc.perform(get(ModelRoutes.page(AGENCY)).param("asOf", "2018-01-01").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Validation on held-out years")))
			.andExpect(content().string(containsString("Fairness audit")))
			.andExpect(content().string(containsString("raises the estimate by")));

		LearnedRanking.Ranking scores = ranking.scores(AGENCY, LocalDate.of(2018, 6, 1));
		assertThat(scores.learned()).isTrue();
		assertThat(scores.scores()).isNotEmpty();
		assertThat(ranking.name()).contains("gradient-boosted");

		// too little history before 2012-06-01 (complaints start in 2011): the card says why, the rule score ranks
		mvc.perform(post(ModelRoutes.API + "/" + AGENCY + "/train").param("asOf", "2012-06-01")
			.with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trained").value(false))
			.andExpect(jsonPath("$.fallbackKey").value("ewmodel.fallback.years"));
		mvc.perform(get(ModelRoutes.page(AGENCY)).param("asOf", "2012-06-01").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Too little history for a model")));
	}

	@Test
	void badInputGetsAClearAnswerInTheVisitorsLanguage() throws Exception {
		mvc.perform(get(ModelRoutes.page("NO-SUCH-AGENCY")).with(as(staff, Role.SUPERVISOR)).header("Accept-Language",
				"es"))
			.andExpect(status().isNotFound())
			.andExpect(content().string(containsString("No hay historial importado para la agencia NO-SUCH-AGENCY")));
		mvc.perform(get(ModelRoutes.page("NO-SUCH-AGENCY")).param("asOf", "soon").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The date must look like 2019-01-01")));
		mvc.perform(get(ModelRoutes.API + "/NO-SUCH-AGENCY/flagged").param("asOf", "2018-01-01")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("No history is imported for agency NO-SUCH-AGENCY."));
		mvc.perform(get(ModelRoutes.API + "/NO-SUCH-AGENCY").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isNotFound());
		mvc.perform(get(ModelRoutes.page("NO-SUCH-AGENCY")).with(as(staff, Role.OFFICER)))
			.andExpect(status().isForbidden());
	}

	private void importHistory() throws Exception {
		String mapping;
		try (var in = getClass().getResourceAsStream("/early-warning/mappings/ccrb-propublica.properties")) {
			mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("agency=NYC-CCRB",
					"agency=" + AGENCY);
		}
		mvc.perform(multipart("/api/v1/early-warning/import")
			.file(new MockMultipartFile("file", "allegations.csv", "text/csv", csv()))
			.file(new MockMultipartFile("mappingFile", "model-test.properties", "text/plain",
					mapping.getBytes(StandardCharsets.UTF_8)))
			.with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isOk());
	}

	/** 300 officers from 2011 to 2019 in the ProPublica layout; one in eight is complained of far more often. */
	private static byte[] csv() throws IOException {
		StringBuilder csv = new StringBuilder(
				"unique_mos_id,first_name,last_name,command_now,shield_no,complaint_id,month_received,"
						+ "year_received,month_closed,year_closed,rank_now,mos_ethnicity,mos_gender,fado_type,allegation,board_disposition\n");
		SplittableRandom random = new SplittableRandom(5);
		String[] categories = { "Force", "Abuse of Authority", "Discourtesy", "Offensive Language" };
		int complaint = 500000;
		for (int year = 2011; year <= 2019; year++) {
			for (int o = 0; o < 300; o++) {
				boolean risky = o % 8 == 0;
				int n = random.nextDouble() < (risky ? 0.8 : 0.2) ? 1 + (risky && random.nextBoolean() ? 1 : 0) : 0;
				for (int k = 0; k < n; k++) {
					int month = 1 + random.nextInt(12);
					String finding = random.nextDouble() < (risky ? 0.4 : 0.07) ? "Substantiated (Charges)"
							: random.nextBoolean() ? "Unsubstantiated" : "Exonerated";
					csv.append(String.join(",", "" + (700000 + o), "First" + o, "Last" + o, (o % 4) + "0 PCT",
							"" + (1000 + o),
							"" + complaint++, "" + month, "" + year, "" + month, "" + (year + 1),
							o % 3 == 0 ? "Sergeant" : "Police Officer",
							o % 2 == 0 ? "White" : "Black", o % 5 == 0 ? "F" : "M", categories[random.nextInt(4)],
							"Some allegation", finding))
						.append('\n');
				}
			}
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}
}
