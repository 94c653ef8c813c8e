package org.leoprotocol.access.sso;

import java.time.Clock;

import org.leoprotocol.audit.AuditTrail;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds OpenID Connect sign-in to Leo's one security chain when an issuer is configured. Spring Security applies every
 * {@code Customizer<HttpSecurity>} bean to the chain it builds, so the chain's own configuration is untouched: the
 * sign-in starts at {@code /oauth2/authorization/department}, the provider answers at
 * {@code /login/oauth2/code/department}, and a failure comes back to the sign-in page with a message.
 */
@Configuration(proxyBeanMethods = false)
class SingleSignOnConfiguration {

	static final String START = "/oauth2/authorization/" + ProviderRegistration.ID;

	@Bean
	ClientRegistrationRepository departmentProvider(SingleSignOnSettings settings) {
		return new ProviderRegistration(settings);
	}

	@Bean
	SingleSignOnAccounts singleSignOnAccounts(SingleSignOnSettings settings, LinkedIdentities identities,
			AuditTrail audit,
			TransactionTemplate transactions, Clock clock) {
		return new SingleSignOnAccounts(settings, identities, audit, transactions, clock);
	}

	@Bean
	Customizer<HttpSecurity> singleSignOn(SingleSignOnSettings settings, ClientRegistrationRepository provider,
			SingleSignOnAccounts accounts, JdbcClient jdbc, Clock clock, AuditTrail audit) {
		return http -> {
			if (settings.enabled()) {
				http.oauth2Login(login -> login.loginPage("/login")
					.clientRegistrationRepository(provider)
					.authorizationEndpoint(
							start -> start.authorizationRequestRepository(new PendingSignIns(jdbc, clock)))
					.successHandler(new SignedInThroughProvider())
					.failureHandler(new SingleSignOnFailed(audit))
					.userInfoEndpoint(userInfo -> userInfo.oidcUserService(accounts)));
			}
		};
	}

	/** Order -101: before Spring Security's chain, so that no password is even checked. */
	@Bean
	FilterRegistrationBean<LocalPasswordsOff> localPasswordsOff(SingleSignOnSettings settings) {
		FilterRegistrationBean<LocalPasswordsOff> registration = new FilterRegistrationBean<>(
				new LocalPasswordsOff(settings));
		registration.setOrder(-101);
		return registration;
	}
}
