package org.leoprotocol.access.matrix;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.MutableClock;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.conflicts.Conflicts;
import org.leoprotocol.earlywarning.EarlyWarning;
import org.leoprotocol.earlywarning.PerformanceEntries;
import org.leoprotocol.investigations.Investigators;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.Role;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Need to know by relation: every endpoint of a case, of its complaint, allegations, deadlines, hearings, personnel
 * actions and evidence, and the list of cases against an officer, asked by five staff members with the same roles
 * (investigator and officer) who stand differently to the case ({@link Relation}), against {@code relation-rules.txt};
 * and every endpoint of an incident the officer under investigation is responsible for and the team's investigator was
 * dispatched to, its description broadcast's CAP export and its PFIF export. A refusal is audited and explained in the
 * reader's language.
 */
@LeoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationMatrixIntegrationTests {

	static final String ASSIGNER = "matrix-relation-assigner";
	/** Beside the subject's unit, not above it, so that nobody here is in his chain of command. */
	static final String INTERNAL_AFFAIRS = "MATRIX-IA";
	/**
	 * The unrelated investigator's unit: not the team's, whose colleagues count as its chain of command for evidence
	 * (see the evidence module's access policy).
	 */
	static final String DETECTIVES = "MATRIX-DETECTIVES";
	static final List<String> RECORD_PREFIXES = List.of("/api/v1/investigations/{id}", "/staff/investigations/{id}",
			"/api/v1/investigations/officer/{officerId}", "/api/v1/complaints/{id}",
			"/staff/investigations/triage/{complaintId}",
			"/api/v1/evidence/{id}", "/staff/evidence/{id}", "/api/v1/evidence/cases/{reference}",
			"/api/v1/board/cases/{id}",
			"/public/cases/{caseNumber}", "/api/v1/incidents/{id}", "/staff/incidents/{id}",
			"/api/v1/evidence/exports/{exportId}",
			"/api/v1/hearings/{id}", "/staff/board/hearings/{id}");
	/**
	 * The staff table's endpoints add the early-warning flags, asked of a flag raised for the officer under
	 * investigation.
	 */
	static final List<String> FLAG_PREFIXES = List.of("/api/v1/early-warning/flags/{id}",
			"/staff/early-warning/flags/{id}");
	static final String STAFF = "matrix-relation-";
	/**
	 * The staff table's callers: officers (OFFICER only, of the unit of the officer responsible for the incident, so
	 * that it is theirs to coordinate) and sergeants (SUPERVISOR only, at headquarters, above the subject's unit),
	 * unrelated, party (the complainant's namesake), conflicted (a declared relation to the officer under
	 * investigation) or that officer himself.
	 */
	static final List<String> STAFF_COLUMNS = List.of("officer-none", "officer-party", "officer-conflicted",
			"officer-subject",
			"sergeant-none", "sergeant-conflicted", "sergeant-subject");

	@Autowired
	ApplicationContext context;
	@Autowired
	MockMvc mvc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	MutableClock clock;
	@Autowired
	UserDetailsService users;
	@Autowired
	Conflicts conflicts;
	@Autowired
	Investigators investigators;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	PerformanceEntries entries;

	MatrixRecords records;

	@BeforeAll
	void relations() throws Exception {
		clock.resetToSystemTime();
		records = MatrixRecords.create(mvc, roster, staff, users);
		roster.establishUnit(INTERNAL_AFFAIRS, "Matrix internal affairs", "HQ");
		roster.establishUnit(DETECTIVES, "Matrix detectives", "HQ");
		MatrixRecords.account(staff, Relation.NONE.username(), Relation.ROLES,
				MatrixRecords.enlist(roster, "8811", "none", DETECTIVES));
		MatrixRecords.account(staff, Relation.PARTY.username(), Relation.ROLES,
				MatrixRecords.enlist(roster, "8812", "party", INTERNAL_AFFAIRS));
		MatrixRecords.account(staff, Relation.CONFLICTED.username(), Relation.ROLES,
				MatrixRecords.enlist(roster, "8813", "conflicted", INTERNAL_AFFAIRS));
		MatrixRecords.account(staff, Relation.SUBJECT.username(), Relation.ROLES, records.subject());
		OfficerId team = MatrixRecords.enlist(roster, "8815", "team", INTERNAL_AFFAIRS);
		MatrixRecords.account(staff, Relation.TEAM.username(), Relation.ROLES, team);
		MatrixRecords.account(staff, ASSIGNER, Set.of(Role.COMMAND), null);
		if (conflicts.relationsOf(Actor.staff(Relation.CONFLICTED.username())).isEmpty()) {
			conflicts.declareToOfficer(Actor.staff(Relation.CONFLICTED.username()), MatrixRecords.SUBJECT_BADGE,
					"brother-in-law");
		}
		investigators.register(Relation.TEAM.username(), "Matrix Team", "8815");
		mvc.perform(post("/api/v1/investigations/{id}/assignment", records.caseId()).with(MatrixRecords.as(ASSIGNER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"investigator\":\"" + Relation.TEAM.username() + "\"}"))
			.andDo(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
				.isEqualTo(200));
		incident();
		staffCallers();
		exportAndFlag();
	}

	/**
	 * The officers and sergeants of the staff table; the subject's own accounts are his roster record with one role.
	 */
	private void staffCallers() {
		String unit = INTERNAL_AFFAIRS;
		MatrixRecords.account(staff, STAFF + "officer-none", Set.of(Role.OFFICER),
				MatrixRecords.enlist(roster, "8821", "bystander", unit));
		MatrixRecords.account(staff, STAFF + "officer-party", Set.of(Role.OFFICER),
				MatrixRecords.enlist(roster, "8822", "party", unit));
		MatrixRecords.account(staff, STAFF + "officer-conflicted", Set.of(Role.OFFICER),
				MatrixRecords.enlist(roster, "8823", "kin", unit));
		MatrixRecords.account(staff, STAFF + "officer-subject", Set.of(Role.OFFICER), records.subject());
		MatrixRecords.account(staff, STAFF + "sergeant-none", Set.of(Role.SUPERVISOR),
				MatrixRecords.enlist(roster, "8824", "sergeant", "HQ"));
		MatrixRecords.account(staff, STAFF + "sergeant-conflicted", Set.of(Role.SUPERVISOR),
				MatrixRecords.enlist(roster, "8825", "cousin", "HQ"));
		MatrixRecords.account(staff, STAFF + "sergeant-subject", Set.of(Role.SUPERVISOR), records.subject());
		for (String conflicted : List.of(STAFF + "officer-conflicted", STAFF + "sergeant-conflicted")) {
			if (conflicts.relationsOf(Actor.staff(conflicted)).isEmpty()) {
				conflicts.declareToOfficer(Actor.staff(conflicted), MatrixRecords.SUBJECT_BADGE, "brother-in-law");
			}
		}
	}

	/** An export of the case's evidence made by the team, and an early-warning flag raised for the subject. */
	private void exportAndFlag() throws Exception {
		String export = mvc
			.perform(post("/api/v1/evidence/{id}/exports", records.evidenceId())
				.with(records.signedIn(Relation.TEAM.username()))
				.with(csrf()).contentType(MediaType.APPLICATION_JSON)
				.content("{\"recipient\":\"Prosecutor\",\"purpose\":\"charging decision\"}"))
			.andDo(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
				.isBetween(201, 202))
			.andReturn().getResponse().getContentAsString();
		records.use("export", JsonPath.read(export, "$.id").toString());
		entries.recordProtocolFinding(records.subject(), LocalDate.of(2026, 1, 10), "SUPERVISOR_NOT_NOTIFIED",
				"supervisor notified 40 minutes late", null, Actor.staff("matrix"));
		records.use("flag", jdbc
			.sql("""
					select f.id::text from ew_flag f join ew_officer o on o.id = f.officer_id where o.roster_officer_id = :officer
					order by f.raised_at desc limit 1
					""")
			.param("officer", records.subject().value()).query(String.class).single());
	}

	/**
	 * The incident the relations stand to: reported by an officer of another unit, opened with the officer under
	 * investigation responsible, then the team's investigator assigned to it (responsible from then on) and the officer
	 * under investigation arrived on it, so that both are officers on it; and one description broadcast issued for it.
	 */
	private void incident() throws Exception {
		String opened = mvc.perform(post("/api/v1/incidents").with(MatrixRecords.as(MatrixRecords.REPORTER))
			.contentType(MediaType.APPLICATION_JSON).content("""
					{"kind":"FOUND_CHILD","location":"Matrix relation park","responsibleOfficerBadge":"%s",
					 "person":{"name":"Nela Testa","age":7,"description":"green coat","condition":"DISTRESSED"}}
					""".formatted(MatrixRecords.SUBJECT_BADGE)))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		String incident = JsonPath.read(opened, "$.id");
		records.use("incident", incident);
		mvc.perform(post("/api/v1/incidents/{id}/dispatch", incident).with(MatrixRecords.as(MatrixRecords.REPORTER))
			.contentType(MediaType.APPLICATION_JSON).content("{\"type\":\"ASSIGNED\",\"officerBadge\":\"8815\"}"))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/incidents/{id}/dispatch", incident).with(MatrixRecords.as(MatrixRecords.REPORTER))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"type\":\"ARRIVED\",\"officerBadge\":\"" + MatrixRecords.SUBJECT_BADGE + "\"}"))
			.andExpect(status().isOk());
		String broadcast = mvc
			.perform(post("/api/v1/incidents/{id}/broadcasts", incident).with(MatrixRecords.as(MatrixRecords.REPORTER))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andDo(result -> assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString())
				.isEqualTo(201))
			.andReturn().getResponse().getContentAsString();
		records.use("broadcast", JsonPath.read(broadcast, "$.id").toString());
	}

	@Test
	void everyEndpointOfACaseHasARelationRule() throws Exception {
		AuthorizationRules.assertCovers(AuthorizationRules.RELATIONS, Relation.columns(),
				ofRecords(Endpoint.servedBy(context)),
				"endpoints of cases and incidents");
	}

	@Test
	void everyEndpointOfARecordHasAStaffRelationRule() throws Exception {
		AuthorizationRules.assertCovers(AuthorizationRules.STAFF_RELATIONS, STAFF_COLUMNS,
				ofStaffRecords(Endpoint.servedBy(context)),
				"endpoints of cases, incidents and early-warning flags");
	}

	@Test
	void everyOfficerAndSergeantGetsTheAnswerOfTheStaffRuleTable() throws Exception {
		Map<String, String> callers = new LinkedHashMap<>();
		STAFF_COLUMNS.forEach(column -> callers.put(column, STAFF + column));
		List<String> wrong = AuthorizationRules.walk(AuthorizationRules.STAFF_RELATIONS, callers,
				ofStaffRecords(Endpoint.servedBy(context)),
				records, Outcome::withRecusal);
		assertThat(wrong).as("answers that differ from %s", AuthorizationRules.STAFF_RELATIONS).isEmpty();
	}

	@Test
	void anOfficerWithAStakeWorksTheIncidentButIsRefusedItsBroadcastAndTheSubjectsFlagIsReviewedByNoOneWithAStake()
			throws Exception {
		String incident = records.value("incident");
		mvc.perform(get("/api/v1/incidents/{id}", incident).with(records.signedIn(STAFF + "officer-conflicted")))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/incidents/{id}/broadcasts", incident)
			.with(records.signedIn(STAFF + "officer-conflicted")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/incidents/{id}/broadcasts", incident).with(records.signedIn(STAFF + "officer-none"))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isCreated());

		String flag = records.value("flag");
		for (String stake : List.of("sergeant-conflicted", "sergeant-subject")) {
			mvc.perform(post("/api/v1/early-warning/flags/{id}/review", flag).with(records.signedIn(STAFF + stake))
				.with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"ACKNOWLEDGE\"}"))
				.andExpect(status().isConflict());
		}
		mvc.perform(post("/api/v1/early-warning/flags/{id}/review", flag)
			.with(records.signedIn(STAFF + "sergeant-none")).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"step\":\"ACKNOWLEDGE\"}")).andExpect(status().isOk());
	}

	@Test
	void everyRelationGetsTheAnswerOfTheRuleTable() throws Exception {
		Map<String, String> callers = new LinkedHashMap<>();
		for (Relation relation : Relation.values()) {
			callers.put(relation.column(), relation.username());
		}
		List<String> wrong = AuthorizationRules.walk(AuthorizationRules.RELATIONS, callers,
				ofRecords(Endpoint.servedBy(context)),
				records, Outcome::withRecusal);
		assertThat(wrong).as("answers that differ from %s", AuthorizationRules.RELATIONS).isEmpty();
	}

	@Test
	void theConflictedInvestigatorIsRefusedTheCaseAndItsEvidenceInHisLanguageAndTheTrailKeepsEachRefusal()
			throws Exception {
		String conflicted = Relation.CONFLICTED.username();
		long before = refusalsOf(conflicted);

		String english = mvc
			.perform(get("/api/v1/investigations/{id}", records.caseId()).with(records.signedIn(conflicted))
				.header("Accept-Language", "en"))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
		String spanish = mvc
			.perform(get("/api/v1/investigations/{id}", records.caseId()).with(records.signedIn(conflicted))
				.header("Accept-Language", "es"))
			.andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
		mvc.perform(get("/api/v1/evidence/{id}/content", records.evidenceId()).with(records.signedIn(conflicted)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/evidence/{id}/exports", records.evidenceId()).with(records.signedIn(conflicted))
			.with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"recipient\":\"Defence counsel\",\"purpose\":\"disclosure\"}"))
			.andExpect(status().isForbidden());

		assertThat(english).contains("\"detail\"");
		assertThat(spanish).contains("\"detail\"").isNotEqualTo(english);
		assertThat(refusalsOf(conflicted) - before).isGreaterThanOrEqualTo(4);
	}

	@Test
	void theComplaintIsListedToTheTeamAndNeverToItsSubjectOrTheConflicted() throws Exception {
		String complaint = records.value("complaint");
		for (Relation relation : Relation.values()) {
			StringBuilder listed = new StringBuilder();
			for (String stage : List.of("RECEIVED", "UNDER_INVESTIGATION")) {
				listed.append(mvc
					.perform(
							get("/api/v1/complaints").param("stage", stage).with(records.signedIn(relation.username())))
					.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
			}
			boolean expected = relation == Relation.NONE || relation == Relation.TEAM;
			assertThat(listed.toString().contains(complaint)).as("complaint listed to %s", relation.column())
				.isEqualTo(expected);
		}
	}

	@Test
	void theOfficerUnderInvestigationReadsHisIncidentWithoutTheChildsName() throws Exception {
		String incident = records.value("incident");
		List<String> reads = List.of("/api/v1/incidents/" + incident, "/api/v1/incidents/" + incident + "/timeline",
				"/api/v1/incidents/" + incident + "/pfif",
				"/api/v1/incidents/" + incident + "/broadcasts/" + records.value("broadcast") + "/cap",
				"/staff/incidents/" + incident);
		for (String read : reads) {
			String subject = mvc.perform(get(read).with(records.signedIn(Relation.SUBJECT.username())))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			assertThat(subject).as(read).doesNotContain("Nela").doesNotContain("Testa");
		}
		String issued = mvc
			.perform(post("/api/v1/incidents/{id}/broadcasts", incident)
				.with(records.signedIn(Relation.SUBJECT.username()))
				.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		assertThat(issued).as("broadcast issued by the subject").doesNotContain("Nela").doesNotContain("Testa");
		String team = mvc
			.perform(get("/api/v1/incidents/{id}", incident).with(records.signedIn(Relation.TEAM.username())))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(team).contains("Nela Testa");
	}

	long refusalsOf(String username) {
		return jdbc.sql("select count(*) from audit_event where actor = :actor and outcome = 'FAILURE'")
			.param("actor", username)
			.query(Long.class).single();
	}

	static Set<Endpoint> ofStaffRecords(Set<Endpoint> endpoints) {
		Set<Endpoint> ofRecords = ofRecords(endpoints);
		endpoints.stream().filter(endpoint -> FLAG_PREFIXES.stream().anyMatch(endpoint.pattern()::startsWith))
			.forEach(ofRecords::add);
		return ofRecords;
	}

	static Set<Endpoint> ofRecords(Set<Endpoint> endpoints) {
		Set<Endpoint> ofRecords = new TreeSet<>();
		endpoints.stream().filter(endpoint -> RECORD_PREFIXES.stream().anyMatch(endpoint.pattern()::startsWith))
			.forEach(ofRecords::add);
		return ofRecords;
	}
}
