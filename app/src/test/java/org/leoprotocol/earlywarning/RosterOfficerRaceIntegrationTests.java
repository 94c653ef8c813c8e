package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.earlywarning.history.HistoryStore;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.Actor;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two listeners meeting the same roster officer for the first time at once (a protocol finding and a closed case about
 * badge 734 arrive together on the demo) both ask for his history officer; neither may fail, or its event stays
 * unprocessed and the flag misses a reason. And when both then re-evaluate him, the flag must end up with both reasons,
 * whichever commits last.
 */
@LeoIntegrationTest
class RosterOfficerRaceIntegrationTests {

	@Autowired
	HistoryStore history;
	@Autowired
	Roster roster;
	@Autowired
	TransactionTemplate transaction;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	EarlyWarning earlyWarning;

	@Autowired
	PerformanceEntries entries;
	@Autowired
	Flags flags;

	@Test
	void aFindingAndAnAllegationRecordedAtOnceBothReachTheFlag() throws Exception {
		OfficerId officer = roster
			.enlist(new NewOfficer("R" + UUID.randomUUID().toString().substring(0, 7), "Pat", "Racer",
					"Police Officer", null, null, null));
		LocalDate today = LocalDate.now(java.time.Clock.systemUTC());
		entries
			.recordAllegation(new NewAllegation(officer, "IA-RACE-1", today.minusMonths(14), today.minusMonths(12),
					Category.DISCOURTESY, "rude to a caller", Finding.NOT_SUSTAINED), Actor.staff("test"));
		CountDownLatch findingRecorded = new CountDownLatch(1);
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			Future<?> finding = threads.submit(() -> transaction.executeWithoutResult(status -> {
				entries.recordProtocolFinding(officer, today.minusDays(2), "LATE_ENGAGEMENT",
						"on scene 11:42 before first engagement", "incident race", Actor.staff("test"));
				findingRecorded.countDown();
				sleep(500); // the allegation's transaction counts while this one is still open
			}));
			Future<?> allegation = threads.submit(() -> {
				await(findingRecorded);
				entries
					.recordAllegation(new NewAllegation(officer, "IA-RACE-2", today.minusMonths(3), today.minusDays(1),
							Category.DISCOURTESY, "dismissive to a caller", Finding.NOT_SUSTAINED),
							Actor.staff("test"));
			});
			finding.get();
			allegation.get();
		}
		finally {
			threads.shutdownNow();
		}

		assertThat(flags.underReview(earlyWarning.trackedOfficer(officer))).get()
			.satisfies(flag -> assertThat(ReasonFixtures.english(flag.reasons()))
				.anyMatch(reason -> reason.startsWith("Leo's Protocol finding"))
				.anyMatch(reason -> reason.startsWith("Repeated insufficient-evidence pattern")));
	}

	@Test
	void twoTransactionsCreatingTheSameOfficerAtOnceBothGetHim() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				String badge = "R" + UUID.randomUUID().toString().substring(0, 7);
				UUID rosterId = roster.enlist(new NewOfficer(badge, "Pat", "Racer", "Police Officer", null, null, null))
					.value();
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<UUID>> both = threads.invokeAll(List.of(() -> meet(badge, rosterId, together),
						() -> meet(badge, rosterId, together)));
				assertThat(both.get(0).get()).isEqualTo(both.get(1).get());
				assertThat(jdbc.sql("select count(*) from ew_officer where external_id = ? and roster_officer_id = ?")
					.param(badge).param(rosterId).query(Long.class).single()).isEqualTo(1);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private UUID meet(String badge, UUID rosterId, CyclicBarrier together) {
		return transaction.execute(status -> {
			await(together);
			UUID id = history.ensureRosterOfficer("RACE", badge, "Pat", "Racer", "OFFICER", LocalDate.of(2015, 3, 1),
					rosterId);
			sleep();
			return id;
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			throw new IllegalStateException(e);
		}
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	private static void sleep() {
		sleep(20);
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
