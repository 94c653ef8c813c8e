package org.leoprotocol.access;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.stereotype.Component;
import org.springframework.security.core.Authentication;

/**
 * Records every refused attempt by a signed-in staff member to reach a page, an API call or a method their roles do not
 * allow (CJIS 5.4.1.1, item 2: unsuccessful use of access permissions). Anonymous visitors who are merely sent to the
 * login page are not recorded.
 */
@Component
class RefusedAccess {

	private final AuditTrail audit;

	RefusedAccess(AuditTrail audit) {
		this.audit = audit;
	}

	@EventListener
	public void denied(AuthorizationDeniedEvent<?> event) {
		Authentication who = event.getAuthentication().get();
		if (who == null || who instanceof AnonymousAuthenticationToken) {
			return;
		}
		String target = event.getSource() instanceof HttpServletRequest request
				? request.getMethod() + " " + request.getRequestURI() : String.valueOf(event.getSource());
		audit.refusal(AuditAction.ACCESS_DENIED, "access", RecordReference.none(),
				Sentence.ofText("audit.detail.refused.request", truncate(target)));
	}

	private static String truncate(String text) {
		return text.length() > 300 ? text.substring(0, 300) : text;
	}
}
