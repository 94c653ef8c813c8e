package org.leoprotocol.access.factor;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Outcome;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationProvider;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationRequestToken;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

/**
 * Passkeys in Leo's security chain, through Spring Security's WebAuthn support: {@code POST /webauthn/register/options}
 * and {@code POST /webauthn/register} add a passkey to the signed-in account;
 * {@code POST /webauthn/authenticate/options} and {@code POST /login/webauthn} sign in with one. A passkey verifies its
 * user ({@link PasskeyConfiguration}), so a sign-in with it gives both factors: it completes a password sign-in that
 * owes its second factor, or signs in on its own from the sign-in page. Leo adds what a department needs around
 * Spring's filters: a disabled account or a suspended officer is refused; the session id changes at sign-in; every
 * sign-in and refusal is audited with the client's address; the sign-in itself needs no CSRF token, because the
 * challenge the passkey signs was issued to this browser's session and can be read by no other site (a visitor's first
 * passkey request opens that session, so the token the page carried, kept in a cookie until then, no longer matches);
 * and while a session still owes its second factor, it may add a passkey only if the account has no second factor yet
 * (its enrolment), never remove one, so that a stolen password cannot replace the factor it lacks. Passkeys are removed
 * on Leo's own page, which audits it, not through Spring's {@code DELETE} endpoint.
 */
@Component
public class PasskeySignIn {

	private static final String REGISTER = "/webauthn/register";

	private final WebAuthnRelyingPartyOperations relyingParty;
	private final UserDetailsService users;
	private final SecondFactors factors;
	private final AuditTrail audit;

	PasskeySignIn(WebAuthnRelyingPartyOperations relyingParty, UserDetailsService users, SecondFactors factors,
			AuditTrail audit) {
		this.relyingParty = relyingParty;
		this.users = users;
		this.factors = factors;
		this.audit = audit;
	}

	public void configure(HttpSecurity http) throws Exception {
		http.webAuthn(passkeys -> passkeys.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					signInOnly(filter);
					return filter;
				}
			}));
		http.csrf(csrf -> csrf.ignoringRequestMatchers(pathPattern(HttpMethod.POST, "/login/webauthn")));
		http.addFilterAfter(new RegistrationGuard(), ExceptionTranslationFilter.class);
	}

	private void signInOnly(WebAuthnAuthenticationFilter filter) {
		filter.setAuthenticationManager(
				new ProviderManager(new EnabledAccountsOnly(new WebAuthnAuthenticationProvider(relyingParty, users))));
		filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
		filter.setAuthenticationSuccessHandler((request, response, authentication) -> {
			SecondFactorSession.passed(request.getSession());
			audit.login(AuditAction.LOGIN, authentication.getName(), Outcome.SUCCESS, request.getRemoteAddr(),
					Sentence.of("audit.detail.login.passkey"));
			response.setContentType(MediaType.APPLICATION_JSON_VALUE);
			response.getWriter().write("{\"authenticated\":true,\"redirectUrl\":\"/staff\"}");
		});
		filter.setAuthenticationFailureHandler((request, response, refused) -> {
			Authentication before = SecurityContextHolder.getContext().getAuthentication();
			audit.login(AuditAction.LOGIN, before == null ? "?" : before.getName(), Outcome.FAILURE,
					request.getRemoteAddr(), Sentence.of("audit.detail.login.passkey-refused", refused.getMessage()));
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		});
	}

	/** Spring's WebAuthn provider signs in whoever owns the passkey; Leo also asks whether that account may sign in. */
	private final class EnabledAccountsOnly implements AuthenticationProvider {

		private final AuthenticationProvider passkeys;

		EnabledAccountsOnly(AuthenticationProvider passkeys) {
			this.passkeys = passkeys;
		}

		@Override
		public Authentication authenticate(Authentication attempt) {
			Authentication signedIn = passkeys.authenticate(attempt);
			if (signedIn != null && !users.loadUserByUsername(signedIn.getName()).isEnabled()) {
				throw new DisabledException("the account of " + signedIn.getName() + " may not sign in");
			}
			return signedIn;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return WebAuthnAuthenticationRequestToken.class.isAssignableFrom(authentication);
		}
	}

	/**
	 * Passkeys are added only with a session (never with credentials sent per request) and never in place of a factor.
	 */
	private final class RegistrationGuard extends OncePerRequestFilter {

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !request.getRequestURI().substring(request.getContextPath().length()).startsWith(REGISTER);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			Authentication who = SecurityContextHolder.getContext().getAuthentication();
			if ("DELETE".equals(request.getMethod())) {
				response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
			}
			else if (request.getHeader(HttpHeaders.AUTHORIZATION) != null
					|| (SecondFactorSession.pending(request.getSession(false)) && who != null
							&& factors.enrolled(who.getName()))) {
				response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
			}
			else {
				chain.doFilter(request, response);
			}
		}
	}
}
