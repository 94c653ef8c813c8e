package org.leoprotocol.access.factor;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * After a password sign-in with the form, notes in the session that a second factor is owed: when the account has one,
 * or when the agency requires one (then the staff member enrols before going anywhere). HTTP Basic clients sign in on
 * every request and are no interactive sign-in; sign-ins through the identity provider are not password sign-ins.
 */
@Component
class SecondFactorOwed {

	private final SecondFactors factors;
	private final SecondFactorSettings settings;

	SecondFactorOwed(SecondFactors factors, SecondFactorSettings settings) {
		this.factors = factors;
		this.settings = settings;
	}

	@EventListener
	public void signedIn(InteractiveAuthenticationSuccessEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken password)
				|| !(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request)) {
			return;
		}
		var session = request.getRequest().getSession();
		if (settings.required() || factors.enrolled(password.getName())) {
			session.setAttribute(SecondFactorSession.PENDING, true);
		}
		else {
			SecondFactorSession.passed(session);
		}
	}
}
