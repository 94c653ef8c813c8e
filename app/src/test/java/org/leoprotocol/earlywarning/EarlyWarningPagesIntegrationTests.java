package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.earlywarning.web.EarlyWarningRoutes;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.leoprotocol.StaffAccountsForTests.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@LeoIntegrationTest
class EarlyWarningPagesIntegrationTests {

	@Autowired
	MockMvc mvc;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	PerformanceEntries entries;
	@Autowired
	FlagReview flagReview;
	@Autowired
	CommendationListener commendations;
	@Autowired
	org.leoprotocol.MutableClock clock;

	@org.junit.jupiter.api.BeforeEach
	void now() {
		clock.resetToSystemTime();
	}

	Flag aFlag(String badge) {
		OfficerId officer = roster
			.enlist(new NewOfficer(badge, "Page", "Subject" + badge, "Police Officer", null, null, null));
		return entries.recordProtocolFinding(officer, LocalDate.now(java.time.Clock.systemUTC()), "ENGAGEMENT_GAP",
				"on scene 9:05 before first engagement", null, Actor.staff("test"))
			.orElseThrow();
	}

	@Test
	void aSupervisorSeesTheFlagItsReasonsAndThatItDisciplinesNoOne() throws Exception {
		Flag flag = aFlag("81001");

		mvc.perform(get(EarlyWarningRoutes.FLAGS).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page Subject81001 (badge 81001)")))
			.andExpect(content().string(containsString("A flag is not a finding")));
		mvc.perform(get(EarlyWarningRoutes.flag(flag.id())).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("s Protocol finding: on scene 9:05 before first engagement")))
			.andExpect(content().string(containsString("<meter")))
			.andExpect(content().string(containsString("id=\"acknowledge\"")));
	}

	@Test
	void theReviewMovesStepByStepAndRefusalsAreShownOnThePage() throws Exception {
		Flag flag = aFlag("81002");

		mvc.perform(post(EarlyWarningRoutes.review(flag.id())).param("step", "CLOSE").param("outcome", "x")
			.with(as(staff, Role.SUPERVISOR)).with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("only an acknowledged flag can be closed")));
		mvc.perform(post(EarlyWarningRoutes.review(flag.id())).param("step", "ACKNOWLEDGE")
			.with(as(staff, Role.SUPERVISOR)).with(csrf()))
			.andExpect(redirectedUrl(EarlyWarningRoutes.flag(flag.id())));
		mvc.perform(post(EarlyWarningRoutes.review(flag.id())).param("step", "PLAN").param("plan", "Mentoring")
			.param("followUpOn", "soon")
			.with(as(staff, Role.SUPERVISOR)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("The follow-up date must look like 2026-09-15")));
		mvc.perform(post(EarlyWarningRoutes.review(flag.id())).param("step", "ACKNOWLEDGE")
			.with(as(staff, Role.INVESTIGATOR)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theRankingShowsWhatWasKnownOnTheDate() throws Exception {
		aFlag("81003");

		mvc.perform(get(EarlyWarningRoutes.RANKING).param("agency", "CITY").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Page Subject81003 (badge 81003)")));
		mvc.perform(get(EarlyWarningRoutes.RANKING).param("agency", "CITY").param("asOf", "2001-01-01")
			.with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ranking with records up to and including 2001-01-01")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Protocol finding"))));
		mvc.perform(get(EarlyWarningRoutes.RANKING).param("asOf", "yesterday").with(as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isBadRequest());
	}

	@Test
	void commandChangesARuleAndSupervisorsOnlyReadThem() throws Exception {
		mvc.perform(get(EarlyWarningRoutes.RULES).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("repeated insufficient evidence")));
		mvc.perform(get(EarlyWarningRoutes.RULES).header("Accept-Language", "es").with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("falta de pruebas repetida")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("REPEATED_INSUFFICIENT_EVIDENCE<"))));
		mvc.perform(
				post(EarlyWarningRoutes.rule("COMPLAINT_THRESHOLD")).param("enabled", "true").param("threshold", "x")
					.param("windowMonths", "12").header("Accept-Language", "es").with(as(staff, Role.COMMAND))
					.with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("El umbral debe ser un número entero")));
		mvc.perform(
				post(EarlyWarningRoutes.rule("COMPLAINT_THRESHOLD")).param("enabled", "true").param("threshold", "0")
					.param("windowMonths", "12").with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("must be between 1 and 100, not 0")));
		mvc.perform(
				post(EarlyWarningRoutes.rule("COMPLAINT_THRESHOLD")).param("enabled", "true").param("threshold", "2")
					.param("windowMonths", "12").with(as(staff, Role.COMMAND)).with(csrf()))
			.andExpect(redirectedUrl(EarlyWarningRoutes.RULES));
		mvc.perform(
				post(EarlyWarningRoutes.rule("COMPLAINT_THRESHOLD")).param("threshold", "2").param("windowMonths", "12")
					.with(as(staff, Role.SUPERVISOR)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aFollowUpThatHasComeIsListedAboveTheFlags() throws Exception {
		Flag flag = aFlag("81009");
		flagReview.acknowledge(flag.id(), Actor.staff("supervisor", Role.SUPERVISOR));
		flagReview.planIntervention(flag.id(), "Ride-along with the sergeant; refresher on the first-engagement step",
				LocalDate.now(clock).plusDays(1), Actor.staff("supervisor", Role.SUPERVISOR));
		mvc.perform(get(EarlyWarningRoutes.FLAGS).with(as(staff, Role.SUPERVISOR)))
			.andExpect(content().string(not(containsString("Subject81009</a>: follow up was due"))));
		try {
			clock.advance(java.time.Duration.ofDays(2));

			mvc.perform(get(EarlyWarningRoutes.FLAGS).with(as(staff, Role.SUPERVISOR)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Follow-ups due")))
				.andExpect(
						content().string(containsString("Subject81009 (badge 81009) · CITY</a>: follow up was due")));
			mvc.perform(get("/api/v1/early-warning/flags/follow-ups-due").with(as(staff, Role.SUPERVISOR)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(flag.id().toString())));
		}
		finally {
			clock.resetToSystemTime();
		}
	}

	@Test
	void anAdministratorUploadsAHistoryFileWithAMapping() throws Exception {
		MockMultipartFile file = new MockMultipartFile("file", "excerpt.csv", "text/csv",
				HistoryImportIntegrationTests.class.getResourceAsStream("/early-warning/ccrb-excerpt.csv"));

		mvc.perform(get(EarlyWarningRoutes.IMPORT).with(as(staff, Role.ADMIN))).andExpect(status().isOk());
		String job = mvc
			.perform(multipart(EarlyWarningRoutes.IMPORT).file(file).param("mapping", "ccrb")
				.with(as(staff, Role.ADMIN)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		String report = HistoryImportPagesIntegrationTests.finished(mvc, staff, job);
		assertThat(report).contains("NYC-CCRB: ").contains("0 rows rejected");
		mvc.perform(get(EarlyWarningRoutes.IMPORT).with(as(staff, Role.SUPERVISOR))).andExpect(status().isForbidden());
	}

	/**
	 * A protocol finding withdrawn by an amendment of its record stays on the flag page, said withdrawn and of its kind
	 * in the reader's language; its summary and the amendment's reason are shown as they were stored.
	 */
	@Test
	void aWithdrawnProtocolFindingIsSaidWithdrawnInTheReadersLanguage() throws Exception {
		Flag flag = aFlag("81093");
		OfficerId officer = roster.findByBadge("81093").orElseThrow().id();
		UUID finding = UUID.randomUUID();
		entries.recordProtocolFindingOnce(finding, officer, LocalDate.now(clock), "ON_SCENE_BEFORE_ENGAGEMENT",
				"on scene 12:40 before first engagement", "incident 26-0093");
		entries.withdrawProtocolFinding(finding, "the arrival time was corrected", "incident 26-0093");

		mvc.perform(get(EarlyWarningRoutes.flag(flag.id())).header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"<span data-user-text>on scene 12:40 before first engagement</span> (retirado: <span data-user-text>"
							+ "the arrival time was corrected</span>) (demasiado tiempo en el lugar antes del contacto)")))
			.andExpect(content().string(not(containsString("withdrawn"))));
		mvc.perform(get(EarlyWarningRoutes.flag(flag.id())).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("(withdrawn: <span data-user-text>the arrival time was "
					+ "corrected</span>) (on scene too long before engagement)")));
	}

	/**
	 * A flag raised only by a protocol finding that an amendment withdrew is closed by Leo, and the flag page says why
	 * in the reader's language, naming the record and the amendment's reason as they were given.
	 */
	@Test
	void aFlagLeoClosesSaysWhyInTheReadersLanguage() throws Exception {
		OfficerId officer = roster
			.enlist(new NewOfficer("81094", "Page", "Subject81094", "Police Officer", null, null, null));
		UUID finding = UUID.randomUUID();
		entries.recordProtocolFindingOnce(finding, officer, LocalDate.now(clock), "ON_SCENE_BEFORE_ENGAGEMENT",
				"on scene 12:41 before first engagement", "incident 26-0094");
		UUID flag = flagReview.flags(FlagStatus.OPEN, 500).stream()
			.filter(one -> one.reasons().stream().anyMatch(reason -> reason.stored().contains("12:41")))
			.findFirst().orElseThrow().id();
		entries.withdrawProtocolFinding(finding, "the arrival time was corrected", "incident 26-0094");

		assertThat(flagReview.flag(flag).outcome().said().stored())
			.isEqualTo("ew.outcome.withdrawn|incident 26-0094|the arrival time was corrected");
		mvc.perform(get(EarlyWarningRoutes.flag(flag)).header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Cerrada por Leo: el hallazgo del protocolo que la originó se "
					+ "retiró al modificarse el registro de incident 26-0094 (the arrival time was corrected).")));
		mvc.perform(get("/api/v1/early-warning/flags/{id}", flag).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.flag.outcome").value("Closed by Leo: the protocol finding it was raised from was "
					+ "withdrawn when the record of incident 26-0094 was amended (the arrival time was corrected)."));
	}

	/**
	 * A commendation from the public is stored in the words the first release stored it in (the entries are
	 * append-only), and the flag page says it in the reader's language; one entered by staff is shown as typed, marked
	 * as text people typed.
	 */
	@Test
	void aCommendationFromThePublicOldOrNewIsSaidInTheReadersLanguage() throws Exception {
		Flag flag = aFlag("81091");
		OfficerId officer = roster.findByBadge("81091").orElseThrow().id();
		ComplaintId fresh = ComplaintId.random();
		commendations.on(new CommendationReceived(fresh, clock.instant(), List.of(officer)));
		UUID old = UUID.randomUUID();
		LocalDate today = LocalDate.now(clock);
		entries.recordCommendation(UUID.randomUUID(), officer, today.minusYears(1),
				"Commendation from the public, record " + old, "Commendation from the public", Actor.staff("test"));
		entries.recordCommendation(officer, today, "Returned a lost wallet", "Letter to the chief",
				Actor.staff("test"));

		mvc.perform(get(EarlyWarningRoutes.flag(flag.id())).header("Accept-Language", "es")
			.with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Felicitación del público, registro " + fresh)))
			.andExpect(content().string(containsString("Felicitación del público, registro " + old)))
			.andExpect(content()
				.string(containsString("<span data-user-text>Returned a lost wallet</span> (Letter to the chief)")))
			.andExpect(content().string(not(containsString("Commendation from the public"))));
		mvc.perform(get(EarlyWarningRoutes.flag(flag.id())).with(as(staff, Role.SUPERVISOR)))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString(
							"Commendation from the public, record " + old + "</span> (Commendation from the public)")));
	}
}
