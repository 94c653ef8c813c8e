package org.leoprotocol.access.session;

import org.leoprotocol.shared.ClusterJob;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Deletes expired staff sessions once a minute for the whole cluster, as a {@link ClusterJob}, instead of Spring
 * Session's own cleanup, which every node would run at the same second ({@code spring.session.jdbc.cleanup-cron=-}).
 */
@Configuration(proxyBeanMethods = false)
class SessionCleanup {

	/**
	 * The session store exists only where Leo serves the web: a command run from the command line has none, and must
	 * still start.
	 */
	@Bean
	ClusterJob sessionCleanupJob(ObjectProvider<JdbcIndexedSessionRepository> sessions,
			@Value("${leo.sessions.cleanup:0 * * * * *}") String cron) {
		return new ClusterJob("staff-session-cleanup", cron,
				() -> sessions.ifAvailable(JdbcIndexedSessionRepository::cleanUpExpiredSessions));
	}
}
