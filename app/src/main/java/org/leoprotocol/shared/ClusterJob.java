package org.leoprotocol.shared;

import java.time.Duration;
import java.util.Objects;

/**
 * Work that must happen once for the whole installation however many identical nodes run it: a module declares it as a
 * bean and {@link ClusterJobs} runs it on one node at a time, on wall time. If the node running it dies, another node
 * takes it over within seconds and runs it again, so a job must be safe to repeat (each one works from the state in the
 * database, in batches, never from what a previous run kept in memory).
 *
 * @param name unique among jobs, such as {@code evidence-retention-sweep}
 * @param schedule an ISO-8601 duration for a fixed delay between runs ({@code PT10S}), or a six-field cron expression
 * in UTC ({@code 0 15 3 * * *}: nightly at 03:15)
 * @param work what the job does
 */
public record ClusterJob(String name, String schedule, Runnable work) {

	public ClusterJob {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(schedule, "schedule");
		Objects.requireNonNull(work, "work");
		if (schedule.startsWith("P")) {
			Duration.parse(schedule);
		}
	}

	/** A job repeated {@code delay} after the end of its previous run. */
	public static ClusterJob every(String name, Duration delay, Runnable work) {
		return new ClusterJob(name, delay.toString(), work);
	}
}
