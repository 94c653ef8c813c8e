package org.leoprotocol.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Leo's error page for a refusal a module explains itself (a rule that refused access, too many requests): the
 * status, the module's sentence, and the page chrome in the visitor's language. Exception handlers return this
 * instead of building a model of their own, which would lack the chrome.
 */
@Component
public class ProblemPage {

	private final ChromeAdvice chrome;

	ProblemPage(ChromeAdvice chrome) {
		this.chrome = chrome;
	}

	public ModelAndView of(HttpServletRequest request, HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("chrome", chrome.chrome(request, RequestContextUtils.getLocale(request)));
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}
}
