package org.leoprotocol.access;

import org.leoprotocol.access.factor.PasskeySignIn;
import org.leoprotocol.access.signin.SignInPolicy;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.web.ProblemPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationEventPublisher;
import org.springframework.security.authorization.SpringAuthorizationEventPublisher;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.ViewResolver;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * One security chain for pages and API. People sign in with a form or a passkey ({@link PasskeySignIn}) and keep a
 * session (idle limit 30 minutes, CJIS 5.5.5); API clients send an API token, or HTTP Basic credentials where allowed
 * ({@link ProgramClients}), with each request and keep no session. Every password passes the same lockout. CSRF tokens
 * protect every state change made with a session cookie; requests that carry their own credentials in an
 * {@code Authorization} header cannot be forged by another site and need none; nor does the public API, which acts for
 * nobody signed in. No Basic challenge is ever sent, so browsers never cache Basic credentials. A public visitor never
 * gets a session: the CSRF token of the public forms lives in a cookie until someone signs in
 * ({@link VisitorCsrfTokens}), and the page asked for before signing in is remembered in a cookie, not a session, so
 * reading the portal writes nothing to the database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = String.join("; ", "default-src 'self'", "script-src 'self'",
			"style-src 'self'", "img-src 'self' data:", "font-src 'self'", "connect-src 'self'", "object-src 'none'",
			"base-uri 'self'", "form-action 'self'", "frame-ancestors 'none'");

	static final String[] PUBLIC_PATHS = { "/", "/login", "/error", "/favicon.ico", "/css/**", "/js/**", "/images/**",
			"/webjars/**", "/public/**", "/api/v1/public/**",
			"/transparency", "/transparency/**", "/api/public/**" };

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, StaffAccounts accounts, Roster roster,
			SignInPolicy signIn,
			MessageSource messages, ProblemPage page, ObjectProvider<ViewResolver> views, ProgramClients programs,
			PasskeySignIn passkeys) throws Exception {
		RequestMatcher api = pathPattern("/api/**");
		RequestMatcher htmx = request -> request.getHeader("HX-Request") != null;
		RequestMatcher carriesCredentials = request -> request.getHeader("Authorization") != null;
		RequestMatcher publicApi = pathPattern("/api/v1/public/**");
		RequestMatcher witness = pathPattern("/api/public/v1/witness/**");
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers(PUBLIC_PATHS).permitAll().anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/staff", false).permitAll())
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api)
				.defaultAuthenticationEntryPointFor(new HtmxLoginEntryPoint(), htmx))
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.csrf(csrf -> csrf.csrfTokenRepository(new VisitorCsrfTokens()).ignoringRequestMatchers(carriesCredentials,
					publicApi, witness))
			.addFilterAfter(new ReadOnlyOnLeave(accounts, roster, signIn, messages, page, views),
					AuthorizationFilter.class)
			.requestCache(cache -> cache.requestCache(new CookieRequestCache()))
			.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny())
				.permissionsPolicyHeader(
						permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		programs.configure(http);
		passkeys.configure(http);
		return http.build();
	}

	@Bean
	AuthorizationEventPublisher authorizationEventPublisher(ApplicationEventPublisher publisher) {
		return new SpringAuthorizationEventPublisher(publisher);
	}
}
