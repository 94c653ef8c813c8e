package org.leoprotocol.access;

import java.time.Clock;

import org.leoprotocol.access.token.ApiTokenDesk;
import org.leoprotocol.audit.AuditTrail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/**
 * How programs authenticate, kept apart from how people sign in so that each can change alone: API tokens as bearer
 * tokens ({@link BearerTokenFilter}); every password attempt passes the per-address lockout ({@link SourceLockout});
 * HTTP Basic with a staff member's password is accepted only where {@code leo.security.http-basic} (environment
 * {@code LEO_HTTP_BASIC}) turns it on, off by default, because a password sent with every request by a program is a
 * password kept in that program.
 */
@Component
class ProgramClients {

	private final LoginSourceCounters sources;
	private final BearerTokenFilter bearerTokens;
	private final Clock clock;
	private final boolean httpBasic;

	ProgramClients(LoginSourceCounters sources, ApiTokenDesk tokens, StaffUserDetailsService accounts, AuditTrail audit,
			Clock clock,
			@Value("${leo.security.http-basic:false}") boolean httpBasic) {
		this.sources = sources;
		this.bearerTokens = new BearerTokenFilter(tokens, accounts, audit, clock);
		this.clock = clock;
		this.httpBasic = httpBasic;
	}

	void configure(HttpSecurity http) throws Exception {
		http.authenticationProvider(new SourceLockout(sources, clock));
		http.addFilterBefore(bearerTokens, BasicAuthenticationFilter.class);
		if (httpBasic) {
			http.httpBasic(basic -> basic.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
		}
	}
}
