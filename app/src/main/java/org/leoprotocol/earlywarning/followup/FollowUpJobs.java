package org.leoprotocol.earlywarning.followup;

import java.time.Duration;

import org.leoprotocol.shared.ClusterJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The sweep for follow-up reminders, run by one node of the cluster at a time. */
@Configuration(proxyBeanMethods = false)
class FollowUpJobs {

	@Bean
	ClusterJob followUpRemindersJob(FollowUpReminders reminders,
			@Value("${leo.deadlines.sweep-interval:PT1M}") Duration interval) {
		return ClusterJob.every("flag-follow-up-reminders", interval, reminders::remindDue);
	}
}
