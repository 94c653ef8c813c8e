package org.leoprotocol.shared.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.ViewResolver;

/**
 * Refuses, before anything else sees it, a request whose query or form fields carry a control character
 * ({@link ControlCharacters}): 400 with the field's name in the reader's language, a problem document for {@code /api}
 * and Leo's error page for browsers. JSON bodies are checked where they are read ({@link ControlCharacterStrings}).
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1)
class ControlCharacterFilter extends OncePerRequestFilter {

	private final MessageSource messages;
	private final LocaleResolver locales;
	private final ProblemPage page;
	private final ObjectProvider<ViewResolver> views;

	ControlCharacterFilter(MessageSource messages, LocaleResolver locales, ProblemPage page,
			ObjectProvider<ViewResolver> views) {
		this.messages = messages;
		this.locales = locales;
		this.page = page;
		this.views = views;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<String> field = refusedField(request);
		if (field.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		String text = messages.getMessage(ControlCharacters.MESSAGE_KEY, new Object[] { field.get() },
				locales.resolveLocale(request));
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		response.setCharacterEncoding("UTF-8");
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.getWriter()
				.write("{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,\"messageKey\":\""
						+ ControlCharacters.MESSAGE_KEY + "\",\"field\":\"" + json(field.get()) + "\",\"detail\":\""
						+ json(text) + "\"}");
			return;
		}
		request.setAttribute(DispatcherServlet.LOCALE_RESOLVER_ATTRIBUTE, locales);
		render(request, response, page.of(request, HttpStatus.BAD_REQUEST, text), text);
	}

	private static Optional<String> refusedField(HttpServletRequest request) {
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (ControlCharacters.foundIn(parameter.getKey())) {
				return Optional.of("?");
			}
			if (Arrays.stream(parameter.getValue()).anyMatch(ControlCharacters::foundIn)) {
				return Optional.of(parameter.getKey());
			}
		}
		return Optional.empty();
	}

	private void render(HttpServletRequest request, HttpServletResponse response, ModelAndView refusal, String text)
			throws IOException {
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

	private View resolve(ViewResolver resolver, String name, HttpServletRequest request) {
		try {
			return resolver.resolveViewName(name, locales.resolveLocale(request));
		}
		catch (Exception unresolved) {
			return null;
		}
	}

	private static String json(String text) {
		StringBuilder escaped = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			escaped.append(c == '"' || c == '\\' ? "\\" + c
					: c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
		}
		return escaped.toString();
	}
}
