package org.leoprotocol.shared.reminder;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The reminders already sent, by cause (append-only table {@code reminder_sent}). A sweep on every node asks it to send
 * what is due: a cause already in the ledger is skipped without work, and a new one is claimed and sent in one
 * transaction, so two nodes sweeping at once send it once (the second waits on the first's row, then finds it) and a
 * failed send leaves the cause unclaimed for the next sweep.
 */
@Component
public class ReminderLedger {

	private static final Logger log = LoggerFactory.getLogger(ReminderLedger.class);

	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;

	ReminderLedger(JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Sends each due reminder whose cause is not yet in the ledger; returns how many were sent now. */
	public <N> int remind(List<DueReminder<N>> due, Consumer<List<N>> send, Instant at) {
		Map<String, DueReminder<N>> byCause = new LinkedHashMap<>();
		due.forEach(reminder -> byCause.putIfAbsent(reminder.cause(), reminder));
		Set<String> sent = sent(byCause.keySet());
		int count = 0;
		for (DueReminder<N> reminder : byCause.values()) {
			if (!sent.contains(reminder.cause()) && once(reminder, send, at)) {
				count++;
			}
		}
		return count;
	}

	private <N> boolean once(DueReminder<N> reminder, Consumer<List<N>> send, Instant at) {
		try {
			return Boolean.TRUE.equals(transaction.execute(status -> {
				if (!claim(reminder.cause(), at)) {
					return false;
				}
				send.accept(reminder.notices().get());
				return true;
			}));
		}
		catch (RuntimeException failed) {
			log.warn("Reminder {} not sent; the next sweep tries again: {}", reminder.cause(), failed.toString());
			return false;
		}
	}

	private boolean claim(String cause, Instant at) {
		return jdbc
			.sql("insert into reminder_sent (cause, sent_at) values (:cause, :at) on conflict (cause) do nothing")
			.param("cause", cause).param("at", at.atOffset(ZoneOffset.UTC)).update() == 1;
	}

	private Set<String> sent(Set<String> causes) {
		if (causes.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(jdbc.sql("select cause from reminder_sent where cause in (:causes)").param("causes", causes)
			.query(String.class).list());
	}
}
