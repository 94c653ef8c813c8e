package org.leoprotocol.transparency.rebuild;

import java.util.List;
import java.util.function.Consumer;

import org.leoprotocol.complaints.ComplaintHistory;
import org.leoprotocol.investigations.InvestigationHistory;
import org.leoprotocol.protocol.IncidentHistory;
import org.leoprotocol.transparency.statistics.ReadModels;
import org.leoprotocol.transparency.statistics.ComplaintStatistics;
import org.leoprotocol.transparency.statistics.ProtocolStatistics;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds every read model of the portal from the source modules' history: the complaints, cases and incidents they
 * hold, replayed as the very events they publish ({@link ComplaintHistory}, {@link InvestigationHistory},
 * {@link IncidentHistory}) and counted by the listeners' own code. So events from before the module was installed, or a
 * lost table, are counted like any other.
 *
 * <p>
 * Correct while live events arrive: the rebuild is one repeatable-read transaction that first locks
 * {@code transparency_counted_events} against writers, and every listener's first write is its event's key in that
 * table ({@link ReadModels#firstDelivery}). A listener already running finishes before the lock is granted and its
 * event is in the snapshot the rebuild then reads; a listener arriving later waits, and once the rebuild commits either
 * finds its key (the event was in the snapshot and has been counted) or counts it (the event committed after the
 * snapshot). Each event is counted exactly once. Readers are never blocked: rows are deleted, not truncated, so the
 * portal shows the old counts until the new ones commit, all at once.
 */
@Component
class ReadModelRebuild {

	/** Everything the listeners write, counts and the ids that link later events to earlier ones. */
	private static final List<String> TABLES = List.of("transparency_complaints_received",
			"transparency_allegation_outcomes",
			"transparency_closure_days", "transparency_protocol_incidents", "transparency_engagement_minutes",
			"transparency_commendations", "transparency_officer_outcomes", "transparency_officer_commendations",
			"transparency_officer_pages",
			"transparency_complaint_receipts", "transparency_case_origins",
			"transparency_counted_events");

	private final JdbcClient jdbc;
	private final ReadModels models;
	private final TransactionTemplate transaction;
	private final ComplaintHistory complaints;
	private final InvestigationHistory investigations;
	private final IncidentHistory incidents;
	private final ComplaintStatistics complaintStatistics;
	private final ProtocolStatistics protocolStatistics;

	ReadModelRebuild(JdbcClient jdbc, ReadModels models, PlatformTransactionManager transactions,
			ComplaintHistory complaints,
			InvestigationHistory investigations, IncidentHistory incidents, ComplaintStatistics complaintStatistics,
			ProtocolStatistics protocolStatistics) {
		this.jdbc = jdbc;
		this.models = models;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		this.complaints = complaints;
		this.investigations = investigations;
		this.incidents = incidents;
		this.complaintStatistics = complaintStatistics;
		this.protocolStatistics = protocolStatistics;
	}

	/** Progress as the rebuild goes: the step it is on and how many events it has replayed. */
	interface Progress {
		void step(RebuildStep step, long replayed);
	}

	/** Replays in the order the events depend on each other: receipts before closures, incidents before escalations. */
	long run(Progress progress) {
		return transaction.execute(status -> {
			jdbc.sql("lock table transparency_counted_events in share row exclusive mode").update();
			jdbc.sql("set local synchronous_commit = off").update();
			progress.step(RebuildStep.EMPTYING, 0);
			TABLES.forEach(table -> jdbc.sql("delete from " + table).update());
			Counter counter = new Counter(progress, models);
			models.deferring();
			try {
				replay(counter);
			}
			finally {
				models.stopDeferring();
			}
			counter.step(RebuildStep.COMMITTING);
			return counter.replayed;
		});
	}

	private void replay(Counter counter) {
		counter.step(RebuildStep.COMPLAINTS);
		complaints.replay(counter.counting(complaintStatistics::count), counter.counting(complaintStatistics::count));
		counter.step(RebuildStep.CASES_OPENED);
		investigations.replayOpened(counter.counting(complaintStatistics::count));
		counter.step(RebuildStep.CASES_CLOSED);
		investigations.replayClosed(counter.counting(complaintStatistics::count));
		counter.step(RebuildStep.INCIDENTS);
		incidents.replayOpened(counter.counting(protocolStatistics::count));
		counter.step(RebuildStep.ESCALATIONS);
		incidents.replayEscalations(counter.counting(protocolStatistics::count));
		counter.step(RebuildStep.REUNIFICATIONS);
		incidents.replayReunifications(counter.counting(protocolStatistics::count));
	}

	/** Counts replayed events; every thousandth, writes the deferred counts and reports progress. */
	private static final class Counter {

		private static final int EVERY = 1000;

		private final Progress progress;
		private final ReadModels models;
		private RebuildStep step = RebuildStep.STARTING;
		private long replayed;

		Counter(Progress progress, ReadModels models) {
			this.progress = progress;
			this.models = models;
		}

		void step(RebuildStep name) {
			models.flush();
			step = name;
			progress.step(step, replayed);
		}

		<T> Consumer<T> counting(Consumer<T> count) {
			return event -> {
				count.accept(event);
				if (++replayed % EVERY == 0) {
					models.flush();
					progress.step(step, replayed);
				}
			};
		}
	}
}
