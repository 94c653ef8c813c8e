package org.leoprotocol.shared.database;

import org.flywaydb.core.api.callback.Callback;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which role Leo runs as, so the migrations can grant it what it needs and no more: {@value DatabaseRoles#RUNNING} in
 * the embedded database, {@code leo.database.running-role} for an external one (docs/database.md).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseRolesConfiguration {

	@Bean
	Callback runningRoleGrants(@Value("${leo.database.running-role:}") String configured,
			@Value("${spring.datasource.url:}") String externalUrl) {
		String role = !configured.isBlank() ? configured : externalUrl.isBlank() ? DatabaseRoles.RUNNING : null;
		return new RunningRoleGrants(role);
	}
}
