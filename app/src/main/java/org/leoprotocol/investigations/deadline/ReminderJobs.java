package org.leoprotocol.investigations.deadline;

import java.time.Duration;

import org.leoprotocol.shared.ClusterJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sweep for deadline and hearing reminders, run by one node of the cluster at a time. */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

	@Bean
	ClusterJob investigationRemindersJob(InvestigationReminders reminders,
			@Value("${leo.deadlines.sweep-interval:PT1M}") Duration interval) {
		return ClusterJob.every("investigation-reminders", interval, reminders::remindDue);
	}
}
