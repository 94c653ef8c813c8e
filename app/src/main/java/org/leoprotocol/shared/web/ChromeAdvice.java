package org.leoprotocol.shared.web;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.shared.AgencyTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Puts the {@link Chrome} into the model of every page, under the name {@code chrome}. Clients that send their
 * credentials with each request need no CSRF token, and asking for one would open a session they never use; JSON
 * endpoints get none at all.
 */
@ControllerAdvice(annotations = Controller.class)
class ChromeAdvice {

	private final String agencyName;
	private final boolean demo;
	private final MessageSource messages;
	private final AgencyTime time;

	ChromeAdvice(@Value("${leo.agency.name}") String agencyName, @Value("${leo.demo.enabled}") boolean demo,
			MessageSource messages, AgencyTime time) {
		this.time = time;
		this.agencyName = agencyName;
		this.demo = demo;
		this.messages = messages;
	}

	@ModelAttribute("chrome")
	Chrome forPages(HttpServletRequest request, Locale locale) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& handler.getBeanType().isAnnotationPresent(RestController.class)) {
			return null;
		}
		return chrome(request, locale);
	}

	Chrome chrome(HttpServletRequest request, Locale locale) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		// roles only: Spring Security also grants factor authorities (FACTOR_PASSWORD), which are no role of Leo's
		Set<String> roles = signedIn ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.filter(authority -> authority.startsWith("ROLE_"))
			.map(role -> role.substring("ROLE_".length())).collect(Collectors.toUnmodifiableSet()) : Set.of();
		CsrfToken csrf = request.getHeader("Authorization") != null ? null
				: (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new Chrome(agencyName, signedIn ? authentication.getName() : null, roles,
				csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
				csrf == null ? "" : csrf.getToken(), demo, request.getRequestURI(), new Localizer(messages, locale),
				time);
	}
}
