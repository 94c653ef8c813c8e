package org.leoprotocol.access;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.access.actor.ActingProgram;
import org.leoprotocol.access.token.ApiScopes;
import org.leoprotocol.access.token.ApiToken;
import org.leoprotocol.access.token.ApiTokenDesk;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Outcome;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bearer authentication for the API (RFC 6750): a request to {@code /api/} carrying {@code Authorization: Bearer} with
 * a token's secret acts as the token's account, with that account's roles as they are now, and only within the token's
 * scopes ({@link ApiScopes}). An unknown, revoked or expired token, or one whose account may not sign in, is refused
 * with 401 and {@code error="invalid_token"}; a request outside the token's scopes with 403 and
 * {@code error="insufficient_scope"}. Every use, accepted or refused, is audited like a login (CJIS 5.4.1.1).
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokenDesk tokens;
	private final StaffUserDetailsService accounts;
	private final AuditTrail audit;
	private final Clock clock;

	BearerTokenFilter(ApiTokenDesk tokens, StaffUserDetailsService accounts, AuditTrail audit, Clock clock) {
		this.tokens = tokens;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		return header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String use = request.getMethod() + " " + path;
		Optional<ApiToken> presented = tokens
			.presented(request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip());
		String refusal = presented.isEmpty() ? "unknown" : presented.get().refusalAt(clock.instant());
		Optional<UserDetails> account = refusal == null ? usable(presented.get().username()) : Optional.empty();
		if (refusal == null && account.isEmpty()) {
			refusal = "its account may not sign in";
		}
		if (refusal != null || !path.startsWith("/api/")) {
			String reason = refusal != null ? refusal : "API tokens open the API only";
			audit.login(AuditAction.LOGIN, presented.map(ApiToken::username).orElse("?"), Outcome.FAILURE,
					request.getRemoteAddr(), Sentence.of("audit.detail.token.refused", reason, use));
			refuse(response, 401, "invalid_token", "The API token is " + reason + ".", null);
			return;
		}
		ApiToken token = presented.get();
		String scope = ApiScopes.required(request.getMethod(), path).orElseThrow();
		if (!token.allows(scope)) {
			audit.login(AuditAction.LOGIN, token.username(), Outcome.FAILURE, request.getRemoteAddr(),
					Sentence.of("audit.detail.token.scope-missing", token.name(), scope, use));
			refuse(response, 403, "insufficient_scope", "The API token lacks the scope " + scope + ".", scope);
			return;
		}
		tokens.used(token);
		audit.login(AuditAction.LOGIN, token.username(), Outcome.SUCCESS, request.getRemoteAddr(),
				Sentence.of("audit.detail.token.used", token.name(), use));
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication(account.get(), token));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	private Optional<UserDetails> usable(String username) {
		try {
			UserDetails user = accounts.loadUserByUsername(username);
			return user.isEnabled() && user.isAccountNonLocked() ? Optional.of(user) : Optional.empty();
		}
		catch (UsernameNotFoundException gone) {
			return Optional.empty();
		}
	}

	private static UsernamePasswordAuthenticationToken authentication(UserDetails user, ApiToken token) {
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		token.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + scope)));
		UsernamePasswordAuthenticationToken authentication = UsernamePasswordAuthenticationToken.authenticated(user,
				null, authorities);
		authentication.setDetails(new ActingProgram(token.name()));
		return authentication;
	}

	private static void refuse(HttpServletResponse response, int status, String error, String detail, String scope)
			throws IOException {
		response.setStatus(status);
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE,
				"Bearer error=\"" + error + "\"" + (scope == null ? "" : ", scope=\"" + scope + "\""));
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + (status == 401 ? "Unauthorized" : "Forbidden")
					+ "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
	}
}
