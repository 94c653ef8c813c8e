package org.leoprotocol.earlywarning;

import org.leoprotocol.shared.ClusterJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The nightly re-evaluation of every officer, run by one node of the cluster. */
@Configuration(proxyBeanMethods = false)
class EarlyWarningJobs {

	@Bean
	ClusterJob earlyWarningNightlyJob(EarlyWarning earlyWarning,
			@Value("${leo.early-warning.nightly-recompute:0 5 0 * * *}") String cron) {
		return new ClusterJob("early-warning-nightly", cron, earlyWarning::recomputeNightly);
	}
}
