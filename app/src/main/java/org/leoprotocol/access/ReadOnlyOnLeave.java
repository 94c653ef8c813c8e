package org.leoprotocol.access;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.access.signin.SignIn;
import org.leoprotocol.access.signin.SignInPolicy;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.personnel.Roster;
import org.leoprotocol.shared.web.ProblemPage;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Refuses every change (any request but a read, and but signing out) by a staff member whose officer's status allows
 * reading only ({@link SignIn#READ_ONLY}): 403 with a problem document for the API and Leo's error page for browsers,
 * both in the person's language. Reads cost nothing; a change costs one look-up of the officer's status.
 */
class ReadOnlyOnLeave extends OncePerRequestFilter {

	static final String MESSAGE_KEY = "access.signIn.readOnly";
	private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

	private final StaffAccounts accounts;
	private final Roster roster;
	private final SignInPolicy policy;
	private final MessageSource messages;
	private final ProblemPage page;
	private final ObjectProvider<ViewResolver> views;

	ReadOnlyOnLeave(StaffAccounts accounts, Roster roster, SignInPolicy policy, MessageSource messages,
			ProblemPage page,
			ObjectProvider<ViewResolver> views) {
		this.views = views;
		this.accounts = accounts;
		this.roster = roster;
		this.policy = policy;
		this.messages = messages;
		this.page = page;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return READS.contains(request.getMethod()) || path(request).equals("/logout");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		if (user != null && user.isAuthenticated() && readOnly(user.getName())) {
			refuse(request, response);
			return;
		}
		chain.doFilter(request, response);
	}

	private boolean readOnly(String username) {
		return accounts.findByUsername(username).filter(account -> account.officerId() != null)
			.flatMap(account -> roster.find(new OfficerId(account.officerId())))
			.map(officer -> policy.of(officer.status()) == SignIn.READ_ONLY).orElse(false);
	}

	private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
		String text = messages.getMessage(MESSAGE_KEY, null, RequestContextUtils.getLocale(request));
		response.setStatus(HttpStatus.FORBIDDEN.value());
		if (path(request).startsWith("/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"messageKey\":\""
						+ MESSAGE_KEY + "\",\"detail\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
			return;
		}
		ModelAndView refusal = page.explained(request, HttpStatus.FORBIDDEN, MESSAGE_KEY);
		try {
			View view = views.orderedStream().map(resolver -> resolve(resolver, refusal.getViewName(), request))
				.filter(found -> found != null).findFirst().orElseThrow();
			view.render(refusal.getModel(), request, response);
		}
		catch (Exception unrendered) {
			response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
			response.getWriter().write(text);
		}
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private static View resolve(ViewResolver resolver, String name, HttpServletRequest request) {
		try {
			return resolver.resolveViewName(name, RequestContextUtils.getLocale(request));
		}
		catch (Exception unresolved) {
			return null;
		}
	}
}
