package org.leoprotocol.transparency.rebuild;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.StaffAccountsForTests;
import org.leoprotocol.access.StaffDirectory;
import org.leoprotocol.complaints.ComplaintId;
import org.leoprotocol.complaints.ComplaintReceived;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.ClusterLock;
import org.leoprotocol.shared.Role;
import org.leoprotocol.transparency.PublishedTable;
import org.leoprotocol.transparency.statistics.ReadModels;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Rebuilding the read models from the source modules' history: after the tables are lost, the rebuild publishes exactly
 * what the listeners had counted, and an event that arrives while a rebuild runs is counted once, whether the rebuild
 * also read it from history or not.
 */
@LeoIntegrationTest
class RebuildIntegrationTests {

	static final String UNIT = "REBUILD-R";
	static final String BADGE = "96301";

	@Autowired
	MockMvc mvc;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Roster roster;
	@Autowired
	StaffDirectory staff;
	@Autowired
	ReadModelRebuild rebuild;
	@Autowired
	RebuildJobs jobs;
	@Autowired
	ClusterLock lock;
	@Autowired
	ApplicationEventPublisher events;
	@Autowired
	PlatformTransactionManager transactions;
	@Autowired
	Clock clock;

	final JsonMapper json = JsonMapper.builder().build();

	@Test
	void afterTheTablesAreLostTheRebuildPublishesWhatTheListenersHadCounted() throws Exception {
		rebuild.run((step, replayed) -> {
		});
		int year = officerInAUnitOfItsOwn();
		long complaintsBefore = complaints(year);
		long commendationsBefore = commendations(year);
		for (int i = 0; i < 6; i++) {
			file(i == 5 ? "COMMENDATION" : "COMPLAINT", "198.51.100." + (120 + i));
		}
		await().atMost(Duration.ofSeconds(15))
			.until(() -> complaints(year) == complaintsBefore + 5 && commendations(year) == commendationsBefore + 1);
		List<String> counted = published(year);
		List<String> officerPages = officerPages();
		assertThat(officerPages).isNotEmpty();

		jdbc.sql("delete from transparency_officer_pages").update();
		jdbc.sql("delete from transparency_complaints_received").update();
		jdbc.sql("delete from transparency_commendations").update();
		jdbc.sql("delete from transparency_allegation_outcomes").update();
		jdbc.sql("delete from transparency_protocol_incidents").update();
		assertThat(published(year)).isNotEqualTo(counted);

		mvc.perform(post("/api/v1/transparency/rebuild").with(StaffAccountsForTests.as(staff, Role.INVESTIGATOR)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/transparency/rebuild").with(StaffAccountsForTests.as(staff, Role.ADMIN)))
			.andExpect(status().isAccepted());
		await().atMost(Duration.ofSeconds(60)).until(() -> !jobs.status().running());
		mvc.perform(get("/api/v1/transparency/rebuild").with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(jsonPath("$.step").value("DONE")).andExpect(jsonPath("$.failure").isEmpty());
		assertThat(published(year)).isEqualTo(counted);
		assertThat(officerPages()).as("the officer pages, with the same keys, labels and dates")
			.isEqualTo(officerPages);
		assertThat(jdbc.sql(
				"select detail from audit_event where component = 'transparency' and record_type = 'ReadModels' order by position desc limit 1")
			.query(String.class).single()).startsWith("audit.detail.read-models.rebuild|");

		mvc.perform(get("/staff/transparency/policy").with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("Last rebuild finished")));
		mvc.perform(post("/staff/transparency/rebuild").with(StaffAccountsForTests.as(staff, Role.COMMAND)).with(csrf())
			.header("HX-Request", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"rebuild-progress\"")));
		await().atMost(Duration.ofSeconds(60)).until(() -> !jobs.status().running());
		assertThat(published(year)).isEqualTo(counted);
	}

	@Test
	@SuppressWarnings("try") // the other node's lock is held for the block and never read
	void aRebuildRunningOnAnotherNodeIsShownHereAndReadAsInterruptedOnceItsNodeIsGone() throws Exception {
		jdbc.sql("""
				insert into transparency_rebuild (id, running, step, replayed, started_by, started_at, updated_at)
				values (1, true, 'CASES_OPENED', 4000, 'other-node-admin', now(), now())
				on conflict (id) do update set running = true, step = 'CASES_OPENED', replayed = 4000,
				  started_by = 'other-node-admin', finished_at = null, failure = null
				""").update();
		try (ClusterLock.Held otherNode = lock.hold(RebuildJobs.LOCK)) {
			mvc.perform(post("/api/v1/transparency/rebuild").with(StaffAccountsForTests.as(staff, Role.ADMIN)))
				.andExpect(status().isAccepted()).andExpect(jsonPath("$.running").value(true))
				.andExpect(jsonPath("$.startedBy").value("other-node-admin"));
			mvc.perform(get("/staff/transparency/rebuild").header("Accept-Language", "es")
				.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
				.andExpect(content().string(containsString("Paso: casos abiertos")))
				.andExpect(content().string(containsString("eventos repetidos desde")));
		}
		mvc.perform(get("/api/v1/transparency/rebuild").with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(jsonPath("$.running").value(false)).andExpect(jsonPath("$.step").value("INTERRUPTED"));
		mvc.perform(get("/staff/transparency/rebuild").header("Accept-Language", "es")
			.with(StaffAccountsForTests.as(staff, Role.COMMAND)))
			.andExpect(content().string(containsString("se detuvo cuando se detuvo el nodo")));
	}

	@Test
	void anEventArrivingDuringARebuildIsCountedOnce() throws Exception {
		int year = officerInAUnitOfItsOwn();
		file("COMPLAINT", "198.51.100.140");
		await().atMost(Duration.ofSeconds(15)).until(() -> jdbc
			.sql("""
					select count(*) from complaint c join complaint_officer o on o.complaint_id = c.id
					join transparency_counted_events e on e.event_key = 'complaint-received:' || c.id where o.badge_number = ?""")
			.param(BADGE).query(Long.class).single() > 0);
		long before = complaints(year);
		ComplaintReceived inHistory = jdbc.sql("""
				select c.id, c.received_at from complaint c join complaint_officer o on o.complaint_id = c.id
				where o.badge_number = ? order by c.received_at desc limit 1""").param(BADGE)
			.query((rs, n) -> new ComplaintReceived(new ComplaintId(rs.getObject(1, UUID.class)),
					rs.getTimestamp(2).toInstant(),
					List.of(officer().id()), false))
			.single();
		ComplaintReceived afterSnapshot = new ComplaintReceived(ComplaintId.random(), inHistory.receivedAt(),
				List.of(officer().id()), false);

		List<CompletableFuture<Void>> live = new ArrayList<>();
		rebuild.run((step, replayed) -> {
			if (step == RebuildStep.CASES_OPENED && live.isEmpty()) {
				live.add(CompletableFuture.runAsync(() -> publish(inHistory)));
				live.add(CompletableFuture.runAsync(() -> publish(afterSnapshot)));
				live.forEach(CompletableFuture::join);
				await().atMost(Duration.ofSeconds(15)).until(() -> listenersWaiting() == 2);
			}
		});
		await().atMost(Duration.ofSeconds(15)).until(() -> complaints(year) == before + 1 && listenersWaiting() == 0);
		Thread.sleep(500);
		assertThat(complaints(year)).as("the redelivered complaint once, the new one once").isEqualTo(before + 1);
	}

	private int officerInAUnitOfItsOwn() {
		if (roster.units().stream().noneMatch(unit -> unit.code().equals(UNIT))) {
			roster.establishUnit(UNIT, "Rebuild test unit", null);
		}
		officer();
		return ReadModels.year(clock.instant());
	}

	private org.leoprotocol.personnel.Officer officer() {
		return roster.findByBadge(BADGE).orElseGet(() -> {
			OfficerId id = roster.enlist(
					new NewOfficer(BADGE, "Rhea", "Rebuilt", "Police Officer", UNIT, LocalDate.of(2020, 1, 1), null));
			return roster.get(id);
		});
	}

	private void file(String kind, String address) throws Exception {
		RequestPostProcessor client = request -> {
			request.setRemoteAddr(address);
			return request;
		};
		mvc.perform(post("/api/v1/public/complaints").with(client).contentType(MediaType.APPLICATION_JSON)
			.header("Idempotency-Key", UUID.randomUUID().toString()).content(
					"""
							{"kind":"%s","filedFor":"SELF","name":"Rebuild Tester","aboutAChild":false,"email":"person@example.org",
							 "narrative":"An event that happened.","occurredOn":"that day","location":"main street",
							 "officers":[{"badgeNumber":"%s","name":"Rhea Rebuilt"}]}"""
						.formatted(kind, BADGE)))
			.andExpect(status().isCreated());
	}

	/** Every published table and the portal's statistics for the unit, without the dates of last update. */
	private List<String> published(int year) throws Exception {
		List<String> everything = new ArrayList<>();
		for (PublishedTable table : PublishedTable.values()) {
			ObjectNode document = (ObjectNode) json.readTree(body("/api/public/v1/tables/" + table.fileName()));
			document.remove("lastUpdate");
			everything.add(document.toString());
		}
		everything.add(body("/api/public/v1/statistics"));
		everything.add(body("/api/public/v1/statistics?year=" + year + "&unit=" + UNIT));
		everything.add(body("/api/public/v1/officers?q=rebuilt"));
		return everything;
	}

	private List<String> officerPages() {
		return jdbc
			.sql("""
					select concat_ws('|', officer_id, field, name_key, pseudonym_key, name_label, pseudonym_label, updated_at)
					from transparency_officer_pages order by officer_id, field""")
			.query(String.class).list();
	}

	private String body(String path) throws Exception {
		return mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString();
	}

	private long complaints(int year) {
		return count("select complaints from transparency_complaints_received where year = ? and unit = ?", year);
	}

	private long commendations(int year) {
		return count("select commendations from transparency_commendations where year = ? and unit = ?", year);
	}

	private long count(String sql, int year) {
		return jdbc.sql(sql).params(year, UNIT).query(Long.class).optional().orElse(0L);
	}

	private long listenersWaiting() {
		return jdbc.sql(
				"select count(*) from pg_locks where not granted and relation = 'transparency_counted_events'::regclass")
			.query(Long.class).single();
	}

	private void publish(Object event) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(event));
	}
}
