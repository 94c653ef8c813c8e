package org.leoprotocol.shared.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /error} is where the servlet container forwards a failed request to render Leo's error page; opened directly,
 * with no error to show, Spring Boot would call it a server error (500). A visitor who types it in gets the page for an
 * address that does not exist (404) instead. The filter sees only requests from outside: the container's own forwards
 * are error dispatches, which a filter registered this way never receives, and carry the error's status, which it
 * leaves alone.
 */
@Component
class DirectErrorRequests extends OncePerRequestFilter {

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"/error".equals(request.getRequestURI().substring(request.getContextPath().length()))
				|| request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.sendError(HttpServletResponse.SC_NOT_FOUND);
	}
}
