package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.personnel.NewOfficer;
import org.leoprotocol.personnel.Roster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two listeners meeting the same roster officer for the first time at once (a protocol finding and a closed case
 * about badge 734 arrive together on the demo) both ask for his history officer; neither may fail, or its event
 * stays unprocessed and the flag misses a reason.
 */
@LeoIntegrationTest
class RosterOfficerRaceIntegrationTests {

	@Autowired HistoryStore history;
	@Autowired Roster roster;
	@Autowired TransactionTemplate transaction;
	@Autowired JdbcClient jdbc;

	@Test
	void twoTransactionsCreatingTheSameOfficerAtOnceBothGetHim() throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 20; round++) {
				String badge = "R" + UUID.randomUUID().toString().substring(0, 7);
				UUID rosterId = roster.enlist(new NewOfficer(badge, "Pat", "Racer", "Police Officer", null, null, null)).value();
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
			UUID id = history.ensureRosterOfficer("RACE", badge, "Pat", "Racer", "OFFICER", LocalDate.of(2015, 3, 1), rosterId);
			sleep();
			return id;
		});
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
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
