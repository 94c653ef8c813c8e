package org.leoprotocol.shared.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.Refusal;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The one place a {@link Refusal} becomes an answer: its kind gives the HTTP status, its message key the sentence in
 * the reader's language, for an API client as an RFC 9457 problem (with the key, so a program can tell refusals apart)
 * and for a browser as Leo's error page. A refusal that {@link ListedProblems lists its problems} adds them to both,
 * each said in the reader's language, and titles its problem.
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

	/** Every problem a refusal lists, each in the locale; none when it lists none. */
	public List<String> problems(Refusal refusal, Locale locale) {
		if (!(refusal instanceof ListedProblems listed)) {
			return List.of();
		}
		return listed.problems().stream().map(problem -> messages.getMessage(problem, locale)).toList();
	}

	ProblemDetail problem(Refusal refusal, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(refusal.status()),
				said(refusal, locale));
		problem.setProperty("messageKey", refusal.messageKey());
		if (refusal instanceof ListedProblems listed) {
			problem.setTitle(messages.getMessage(listed.titleKey(), null, listed.titleKey(), locale));
			problem.setProperty("problems", problems(refusal, locale));
			listed.properties().forEach(problem::setProperty);
		}
		return problem;
	}

	ModelAndView page(Refusal refusal, HttpServletRequest request) {
		ModelAndView answer = page.explained(request, HttpStatus.valueOf(refusal.status()), refusal.messageKey(),
				refusal.messageArguments());
		answer.addObject("problems", problems(refusal, RequestContextUtils.getLocale(request)));
		return answer;
	}
}
