package org.leoprotocol.access.sso;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.SerializationUtils;
import org.springframework.web.util.WebUtils;

/**
 * The sign-ins sent to the provider and not yet back. Leo's session cookie is {@code SameSite=Strict}, so the browser
 * does not send it on the provider's redirect back to Leo; the request Leo sent (state, nonce, PKCE verifier) is
 * therefore kept in the database by its {@code state}, and a {@code SameSite=Lax} cookie holding the same state ties it
 * to the browser that started the sign-in, so that nobody can finish a sign-in someone else started (RFC 6749 section
 * 10.12). A sign-in not finished within ten minutes is forgotten.
 */
class PendingSignIns implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	static final String COOKIE = "LEO_SSO_STATE";
	static final Duration LIFETIME = Duration.ofMinutes(10);
	private static final String PATH = "/login/oauth2/code/";

	private final JdbcClient jdbc;
	private final Clock clock;

	PendingSignIns(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@SuppressWarnings("deprecation") // reads back only what saveAuthorizationRequest serialized into Leo's own table
	public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
		String state = request.getParameter(OAuth2ParameterNames.STATE);
		var cookie = WebUtils.getCookie(request, COOKIE);
		if (state == null || cookie == null || !state.equals(cookie.getValue())) {
			return null;
		}
		return jdbc.sql("select request from sso_pending_sign_in where state = :state and created_at > :since")
			.param("state", state).param("since", clock.instant().minus(LIFETIME).atOffset(ZoneOffset.UTC))
			.query((rs, row) -> (OAuth2AuthorizationRequest) SerializationUtils.deserialize(rs.getBytes(1)))
			.optional().orElse(null);
	}

	@Override
	public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorization, HttpServletRequest request,
			HttpServletResponse response) {
		if (authorization == null) {
			cookie(request, response, "", Duration.ZERO);
			return;
		}
		jdbc.sql("delete from sso_pending_sign_in where created_at < :before")
			.param("before", clock.instant().minus(LIFETIME).atOffset(ZoneOffset.UTC)).update();
		jdbc.sql("insert into sso_pending_sign_in (state, request, created_at) values (:state, :request, :at)")
			.param("state", authorization.getState()).param("request", SerializationUtils.serialize(authorization))
			.param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
		cookie(request, response, authorization.getState(), LIFETIME);
	}

	@Override
	public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request,
			HttpServletResponse response) {
		OAuth2AuthorizationRequest authorization = loadAuthorizationRequest(request);
		if (authorization != null) {
			jdbc.sql("delete from sso_pending_sign_in where state = :state").param("state", authorization.getState())
				.update();
			cookie(request, response, "", Duration.ZERO);
		}
		return authorization;
	}

	private static void cookie(HttpServletRequest request, HttpServletResponse response, String value, Duration age) {
		response.addHeader("Set-Cookie", ResponseCookie.from(COOKIE, value).path(request.getContextPath() + PATH)
			.httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(age).build().toString());
	}
}
