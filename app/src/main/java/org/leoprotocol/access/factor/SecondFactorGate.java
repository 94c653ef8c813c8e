package org.leoprotocol.access.factor;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Holds a session that still owes its second factor at the second-factor page: pages are sent there, anything else (a
 * page's htmx requests, such as the notification badge, API calls, forms) is answered 401. Signing out, the
 * second-factor pages and static files stay open. The gate runs after Spring Security's filter chain, as a filter of
 * its own, so it adds nothing to the chain's configuration.
 */
class SecondFactorGate extends OncePerRequestFilter {

	static final String PAGE = "/login/second-factor";
	private static final List<String> OPEN = List.of(PAGE, "/logout", "/css/", "/js/", "/images/", "/webjars/",
			"/favicon.ico", "/error");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!SecondFactorSession.pending(request.getSession(false)) || OPEN.stream().anyMatch(path::startsWith)) {
			chain.doFilter(request, response);
		}
		else if ("GET".equals(request.getMethod()) && request.getHeader("HX-Request") == null
				&& !path.startsWith("/api/")) {
			response.sendRedirect(request.getContextPath() + PAGE);
		}
		else {
			response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class Registration {

		/** Order 0: after Spring Security's chain (order -100), so the signed-in staff member is known. */
		@Bean
		FilterRegistrationBean<SecondFactorGate> secondFactorGate() {
			FilterRegistrationBean<SecondFactorGate> registration = new FilterRegistrationBean<>(
					new SecondFactorGate());
			registration.setOrder(0);
			return registration;
		}
	}
}
