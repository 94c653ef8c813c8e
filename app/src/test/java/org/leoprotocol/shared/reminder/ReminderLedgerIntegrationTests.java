package org.leoprotocol.shared.reminder;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.leoprotocol.LeoIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@LeoIntegrationTest
class ReminderLedgerIntegrationTests {

	static final Instant NOW = Instant.parse("2031-01-05T15:00:00Z");

	@Autowired
	ReminderLedger ledger;

	final List<String> sent = new CopyOnWriteArrayList<>();

	@Test
	void sendsEachCauseOnceHoweverOftenItIsSwept() {
		String cause = "test:" + UUID.randomUUID();
		assertThat(ledger.remind(List.of(reminder(cause), reminder(cause)), sent::addAll, NOW)).isEqualTo(1);
		assertThat(ledger.remind(List.of(reminder(cause)), sent::addAll, NOW)).isZero();
		assertThat(sent).containsExactly(cause);
	}

	@Test
	void twoNodesSweepingAtOnceSendOnce() {
		List<DueReminder<String>> due = List.of(reminder("test:" + UUID.randomUUID()),
				reminder("test:" + UUID.randomUUID()));
		CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> ledger.remind(due, sent::addAll, NOW));
		CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> ledger.remind(due, sent::addAll, NOW));
		assertThat(first.join() + second.join()).isEqualTo(2);
		assertThat(sent).hasSize(2).doesNotHaveDuplicates();
	}

	@Test
	void aFailedSendIsTriedAgainByTheNextSweep() {
		String cause = "test:" + UUID.randomUUID();
		assertThat(ledger.remind(List.of(reminder(cause)), notices -> {
			throw new IllegalStateException("mail outbox unavailable");
		}, NOW)).isZero();
		assertThat(ledger.remind(List.of(reminder(cause)), sent::addAll, NOW)).isEqualTo(1);
		assertThat(sent).containsExactly(cause);
	}

	static DueReminder<String> reminder(String cause) {
		return new DueReminder<>(cause, () -> List.of(cause));
	}
}
