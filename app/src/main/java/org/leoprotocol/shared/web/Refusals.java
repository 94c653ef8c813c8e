package org.leoprotocol.shared.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place a {@link Refusal} becomes an answer: its kind gives the HTTP status, its message key the sentence in
 * the reader's language, for an API client as an RFC 9457 problem (with the key, so a program can tell refusals apart)
 * and for a browser as Leo's error page.
 */
@Component
public class Refusals {

	private final MessageSource messages;
	private final ProblemPage page;

	Refusals(MessageSource messages, ProblemPage page) {
		this.messages = messages;
		this.page = page;
	}

	/** The refusal's sentence in the locale, from the message bundles. */
	public String said(Refusal refusal, Locale locale) {
		return messages.getMessage(refusal.messageKey(), refusal.messageArguments(), refusal.messageKey(), locale);
	}

	/**
	 * Answers a form's refusal on the form's own page, shown again with the problem next to what was typed: the
	 * response takes the status of the refusal's kind, as the API and the error page answer it, and the sentence in the
	 * locale is returned for the page to show.
	 */
	public String answered(Refusal refusal, HttpServletResponse response, Locale locale) {
		response.setStatus(refusal.status());
		return said(refusal, locale);
	}

	ProblemDetail problem(Refusal refusal, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refusal.status()),
				said(refusal, locale));
		problem.setProperty("messageKey", refusal.messageKey());
		return problem;
	}

	ModelAndView page(Refusal refusal, HttpServletRequest request) {
		return page.explained(request, HttpStatus.valueOf(refusal.status()), refusal.messageKey(),
				refusal.messageArguments());
	}
}
