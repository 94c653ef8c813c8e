package org.leoprotocol.audit;

import org.leoprotocol.shared.ClusterJob;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Seals the audit trail into its hash chain once a minute, on one node of the cluster at a time. */
@Configuration(proxyBeanMethods = false)
class AuditJobs {

	@Bean
	ClusterJob auditSealJob(AuditIntegrity integrity,
			@Value("${leo.audit.seal-interval:PT1M}") java.time.Duration interval) {
		return ClusterJob.every("audit-seal", interval, integrity::seal);
	}
}
