package org.leoprotocol.shared.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Leo's error page for a refusal a module explains itself (a rule that refused access, too many requests): the status,
 * the module's sentence, and the page chrome in the visitor's language. Exception handlers return this instead of
 * building a model of their own, which would lack the chrome.
 */
@Component
public class ProblemPage {

	/** Statuses whose reason the bundles name in the visitor's language; the others read "Something went wrong". */
	private static final Set<Integer> REASONS = Set.of(400, 403, 404, 405, 409, 413, 429, 500, 503);

	private final ChromeAdvice chrome;

	ProblemPage(ChromeAdvice chrome) {
		this.chrome = chrome;
	}

	public ModelAndView of(HttpServletRequest request, HttpStatus status, String message) {
		return page(status, chrome.chrome(request, RequestContextUtils.getLocale(request)), message);
	}

	/** The page with a sentence from the message bundles, in the visitor's language: for refusals the public sees. */
	public ModelAndView explained(HttpServletRequest request, HttpStatus status, String key, Object... arguments) {
		Chrome visitor = chrome.chrome(request, RequestContextUtils.getLocale(request));
		return page(status, visitor, visitor.t(key, arguments));
	}

	private static ModelAndView page(HttpStatus status, Chrome visitor, String message) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("chrome", visitor);
		page.addObject("status", status.value());
		page.addObject("error", REASONS.contains(status.value()) ? "error.status." + status.value() : "error.title");
		page.addObject("message", message);
		return page;
	}
}
