package org.leoprotocol.access.sso;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.Outcome;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A single sign-on that failed goes back to the sign-in page with a message in the visitor's language; the cause goes
 * to the log and, when it came from the provider's answer rather than from Leo's refusal (which is audited under the
 * person's name), to the audit trail.
 */
class SingleSignOnFailed implements AuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(SingleSignOnFailed.class);

	private final AuditTrail audit;

	SingleSignOnFailed(AuditTrail audit) {
		this.audit = audit;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException failure) throws IOException {
		String code = failure instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode()
				: "error";
		log.warn("Single sign-on failed: {} ({})", code, failure.getMessage());
		if (!"access_denied".equals(code)) {
			audit.login(AuditAction.LOGIN, "(single sign-on)", Outcome.FAILURE, request.getRemoteAddr(),
					Sentence.of("audit.detail.login.sso-failed", code));
		}
		response.sendRedirect(request.getContextPath() + "/login?sso-failed");
	}
}
