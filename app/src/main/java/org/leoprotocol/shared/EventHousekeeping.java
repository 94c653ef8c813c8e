package org.leoprotocol.shared;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;

/**
 * Deletes the event publications that modules completed more than {@code leo.events.keep-completed} ago (seven days by
 * default), once an hour for the whole cluster. Spring Modulith keeps a row for every event a module published to
 * another (its {@code event_publication} table, the outbox that makes a listener run even after a crash); a completed
 * row has done its work, and without this the table grows with every complaint, incident and upload. Incomplete rows
 * stay: they are retried on restart.
 */
@Configuration(proxyBeanMethods = false)
class EventHousekeeping {

	@Bean
	ClusterJob completedEventsJob(CompletedEventPublications completed,
			@Value("${leo.events.keep-completed:P7D}") Duration keep) {
		return ClusterJob.every("completed-event-cleanup", Duration.ofHours(1),
				() -> completed.deletePublicationsOlderThan(keep));
	}
}
