package org.leoprotocol.shared.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
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
 * Puts the {@link Chrome} into the model of every page, under the name {@code chrome}. JSON endpoints get none:
 * reading the CSRF token would create an HTTP session for every API request.
 */
@ControllerAdvice(annotations = Controller.class)
class ChromeAdvice {

	private final String agencyName;
	private final boolean demo;

	ChromeAdvice(@Value("${leo.agency.name}") String agencyName, @Value("${leo.demo.enabled}") boolean demo) {
		this.agencyName = agencyName;
		this.demo = demo;
	}

	@ModelAttribute("chrome")
	Chrome chrome(HttpServletRequest request) {
		if (request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
				&& handler.getBeanType().isAnnotationPresent(RestController.class)) {
			return null;
		}
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		Set<String> roles = signedIn ? authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
			.map(role -> role.replaceFirst("^ROLE_", "")).collect(Collectors.toUnmodifiableSet()) : Set.of();
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new Chrome(agencyName, signedIn ? authentication.getName() : null, roles,
				csrf == null ? "_csrf" : csrf.getParameterName(), csrf == null ? "X-CSRF-TOKEN" : csrf.getHeaderName(),
				csrf == null ? "" : csrf.getToken(), demo, request.getRequestURI());
	}
}
