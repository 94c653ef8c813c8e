package org.leoprotocol.earlywarning.model;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Live flags explained by the agency's learned model, through the API and the pages: before any training a flag says it
 * rests on the rule score alone; once a model is trained, each of the agency's flags carries the model's estimate, its
 * strongest contributions in the reader's language and the peer comparison, and links to the model card; an agency with
 * too little history for a model keeps the rule score and says why.
 */
@LeoIntegrationTest
class LiveFlagModelIntegrationTests {

	static final String AGENCY = "LIVE-MODEL-PD";
	static final String YOUNG = "YOUNG-MODEL-PD";

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;

	@Test
	void liveFlagsCarryTheModelsReasonsOrSayTheyRestOnTheRuleScore() throws Exception {
		int thisYear = LocalDate.now(clock).getYear();
		importHistory(AGENCY, thisYear - 9, 300);
		String card = ModelRoutes.page(AGENCY);
		String ours = "$[?(@.model.modelCard == '" + card + "')]";

		mvc.perform(get("/api/v1/early-warning/flags").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(ours + ".model.learned", hasItem(false)))
			.andExpect(jsonPath(ours + ".model.learned", not(hasItem(true))))
			.andExpect(jsonPath(ours + ".model.method", everyItem(containsString("rests on the rule score alone"))))
			.andExpect(jsonPath(ours + ".model.method", everyItem(containsString("No model has been trained"))));

		mvc.perform(post(ModelRoutes.API + "/" + AGENCY + "/train").param("asOf", thisYear + "-01-01")
			.with(as(staff, Role.COMMAND))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trained").value(true));

		String spanish = mvc
			.perform(
					get("/api/v1/early-warning/flags").header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(ours + ".model.learned", everyItem(org.hamcrest.Matchers.is(true))))
			.andExpect(jsonPath(ours + ".model.method",
					hasItem(containsString("modelo aprendido de la agencia (entrenado para el " + thisYear))))
			.andExpect(jsonPath(ours + ".model.reasons[0]", hasItem(containsString("eleva la estimación"))))
			.andExpect(jsonPath(ours + ".model.peers", hasItem(containsString("pares de la misma unidad y rango"))))
			.andExpect(jsonPath(ours + ".model.estimate", everyItem(containsString("%"))))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		List<String> ids = JsonPath.read(spanish, ours + ".flag.id");
		assertThat(ids).isNotEmpty();

		mvc.perform(get("/api/v1/early-warning/flags/" + ids.get(0)).with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.model.learned").value(true))
			.andExpect(jsonPath("$.model.reasons[0]", containsString("raises the estimate by")))
			.andExpect(jsonPath("$.model.peers", containsString("peers of the same unit and rank")))
			.andExpect(jsonPath("$.flag.reasons[0]").exists());

		mvc.perform(get("/staff/early-warning/flags/" + ids.get(0)).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("What the learned model says")))
			.andExpect(content().string(containsString("raises the estimate by")))
			.andExpect(content().string(containsString("href=\"" + card + "\"")));
		mvc.perform(get("/staff/early-warning").header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Modelo aprendido")))
			.andExpect(content().string(containsString("href=\"" + card + "\"")));
		mvc.perform(get("/staff/early-warning/ranking").param("agency", AGENCY).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + card + "\"")));

		// two years of complaints are too few for a model: the card says so and the flags keep the rule score
		importHistory(YOUNG, thisYear - 2, 120);
		mvc.perform(post(ModelRoutes.API + "/" + YOUNG + "/train").param("asOf", thisYear + "-01-01")
			.with(as(staff, Role.COMMAND))
			.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.trained").value(false));
		String young = "$[?(@.model.modelCard == '" + ModelRoutes.page(YOUNG) + "')]";
		mvc.perform(get("/api/v1/early-warning/flags").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath(young + ".model.learned", hasItem(false)))
			.andExpect(jsonPath(young + ".model.learned", not(hasItem(true))))
			.andExpect(jsonPath(young + ".model.method", everyItem(containsString("Too little history for a model"))))
			.andExpect(jsonPath(young + ".model.reasons[0]").isEmpty());
	}

	private void importHistory(String agency, int firstYear, int officers) throws Exception {
		String mapping;
		try (var in = getClass().getResourceAsStream("/early-warning/mappings/ccrb-propublica.properties")) {
			mapping = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("agency=NYC-CCRB",
					"agency=" + agency);
		}
		mvc.perform(multipart("/api/v1/early-warning/import")
			.file(new MockMultipartFile("file", "allegations.csv", "text/csv",
					csv(firstYear, LocalDate.now(clock).getYear() - 1, officers)))
			.file(new MockMultipartFile("mappingFile", agency.toLowerCase(Locale.ROOT) + ".properties", "text/plain",
					mapping.getBytes(StandardCharsets.UTF_8)))
			.with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().isOk());
	}

	/**
	 * Officers complained of from {@code first} to {@code last}, closed within the year; one in eight far more often.
	 */
	private static byte[] csv(int first, int last, int officers) {
		StringBuilder csv = new StringBuilder(
				"unique_mos_id,first_name,last_name,command_now,shield_no,complaint_id,month_received,"
						+ "year_received,month_closed,year_closed,rank_now,mos_ethnicity,mos_gender,fado_type,allegation,board_disposition\n");
		SplittableRandom random = new SplittableRandom(11);
		String[] categories = { "Force", "Abuse of Authority", "Discourtesy", "Offensive Language" };
		int complaint = 800000 + first * 1000;
		for (int year = first; year <= last; year++) {
			for (int o = 0; o < officers; o++) {
				boolean risky = o % 8 == 0;
				int n = random.nextDouble() < (risky ? 0.9 : 0.2) ? 1 + (risky ? 1 + random.nextInt(2) : 0) : 0;
				for (int k = 0; k < n; k++) {
					int month = 1 + random.nextInt(11);
					String finding = random.nextDouble() < (risky ? 0.4 : 0.07) ? "Substantiated (Charges)"
							: random.nextBoolean() ? "Unsubstantiated" : "Exonerated";
					csv.append(String.join(",", "" + (first * 1000 + o), "Live" + o, "Officer" + o, (o % 4) + "0 PCT",
							"" + (2000 + o),
							"" + complaint++, "" + month, "" + year, "12", "" + year,
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
