package org.leoprotocol.investigations.deadline;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.icegreen.greenmail.util.GreenMail;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.investigations.Investigation;
import org.leoprotocol.investigations.Investigations;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.notifications.NotificationFixtures;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.personnel.duty.Post;
import org.leoprotocol.personnel.duty.Shift;
import org.leoprotocol.personnel.duty.ShiftDesk;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Command assigns a case through the API: the detective and the sergeant on duty over them are told at once, in the
 * inbox (in the reader's language) and by mail, once; an assignment refused or rolled back tells nobody.
 */
@LeoIntegrationTest
class AssignmentNoticesIntegrationTests {

	static final Instant NOW = Instant.parse("2032-03-02T10:00:00Z");

	@Autowired
	MockMvc mvc;
	@Autowired
	MutableClock clock;
	@Autowired
	StaffDirectory staff;
	@Autowired
	Roster roster;
	@Autowired
	Investigations investigations;
	@Autowired
	Investigators investigators;
	@Autowired
	ShiftDesk shifts;
	@Autowired
	TransactionTemplate transactions;
	@Autowired
	GreenMail mail;

	String suffix;
	String detective;
	String sergeant;
	Investigation investigation;

	@BeforeEach
	void aDetectiveAndTheirSergeantOnDuty() {
		clock.set(NOW);
		suffix = Integer.toString(ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
		UUID squad = roster.establishUnit("ASN-" + suffix, "Assignment squad " + suffix, null);
		detective = account("adet-" + suffix, enlist("AD" + suffix, "Detective", "ASN-" + suffix), Role.INVESTIGATOR);
		OfficerId sergeantOfficer = enlist("AS" + suffix, "Sergeant", "ASN-" + suffix);
		sergeant = account("asgt-" + suffix, sergeantOfficer, Role.SUPERVISOR);
		shifts.add(new Shift(UUID.randomUUID(), sergeantOfficer, squad, Post.SUPERVISOR, NOW.minus(Duration.ofHours(2)),
				NOW.plus(Duration.ofHours(8))), Actor.staff("test"));
		investigators.register(detective, "Detective Ada " + suffix, "AD" + suffix);
		investigation = DeadlineFixtures.aCase(investigations, roster);
	}

	@Test
	void theInvestigatorAndTheirSergeantAreToldOnceInTheirLanguageAndByMail() throws Exception {
		assign(detective).andExpect(status().isOk());

		String cause = "assignment:" + investigation.id() + ":" + detective + ":" + NOW;
		assertThat(subjects(detective, cause, "en")).singleElement().asString()
			.isEqualTo("Case " + investigation.caseNumber()
					+ " has been assigned to you; its statutory clock is running.");
		assertThat(subjects(detective, cause, "es")).singleElement().asString()
			.startsWith("Se le ha asignado el caso " + investigation.caseNumber());
		assertThat(subjects(sergeant, cause, "en")).singleElement().asString()
			.isEqualTo("Case " + investigation.caseNumber() + " has been assigned to investigator Detective Ada "
					+ suffix + ".");
		assertThat(kinds(sergeant, cause)).containsExactly("CASE_ASSIGNMENT");
		await().pollInterval(Duration.ofMillis(50)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(NotificationFixtures.mailsTo(mail, NotificationFixtures.addressOf(detective))).hasSize(1);
			assertThat(NotificationFixtures.mailsTo(mail, NotificationFixtures.addressOf(sergeant))).hasSize(1);
		});
	}

	@Test
	void aRefusedAssignmentTellsNobody() throws Exception {
		String accusedBadge = roster.get(investigation.allegations().get(0).officerId()).badgeNumber();
		investigators.declare(detective, accusedBadge, "brother-in-law");

		assign(detective).andExpect(status().is4xxClientError());

		assertThat(subjects(detective, "assignment:" + investigation.id() + ":" + detective + ":" + NOW, "en"))
			.isEmpty();
		assertThat(subjects(sergeant, "assignment:" + investigation.id() + ":" + detective + ":" + NOW, "en"))
			.isEmpty();
	}

	@Test
	void anAssignmentRolledBackTellsNobody() throws Exception {
		transactions.executeWithoutResult(status -> {
			investigations.assign(investigation.id(), detective);
			status.setRollbackOnly();
		});

		assertThat(subjects(detective, "assignment:" + investigation.id() + ":" + detective + ":" + NOW, "en"))
			.isEmpty();
		assertThat(subjects(sergeant, "assignment:" + investigation.id() + ":" + detective + ":" + NOW, "en"))
			.isEmpty();
	}

	private org.springframework.test.web.servlet.ResultActions assign(String investigator) throws Exception {
		return mvc.perform(post("/api/v1/investigations/{id}/assignment", investigation.id().value())
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)).contentType(MediaType.APPLICATION_JSON)
			.content("{\"investigator\":\"" + investigator + "\"}"));
	}

	private List<String> subjects(String username, String cause, String language) throws Exception {
		return JsonPath.read(inbox(username, language), "$[?(@.cause == '" + cause + "')].subject");
	}

	private List<String> kinds(String username, String cause) throws Exception {
		return JsonPath.read(inbox(username, "en"), "$[?(@.cause == '" + cause + "')].kind");
	}

	private String inbox(String username, String language) throws Exception {
		return mvc.perform(get("/api/v1/notifications").with(httpBasic(username, StaffAccountsForTests.PASSWORD))
			.header("Accept-Language", language)).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString();
	}

	private OfficerId enlist(String badge, String rank, String unit) {
		return roster
			.enlist(new NewOfficer(badge, "Ada", "Signed" + badge, rank, unit, LocalDate.of(2012, 5, 1), null));
	}

	private String account(String username, OfficerId officer, Role role) {
		staff.ensureAccount(new StaffDirectory.NewStaffAccount(username, username, officer.value(), Set.of(role),
				StaffAccountsForTests.PASSWORD));
		staff.setEmail(username, NotificationFixtures.addressOf(username));
		return username;
	}
}
