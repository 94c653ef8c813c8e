package org.leoprotocol.shared.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * The page a browser sees for an error that no controller handled (an unknown address, a malformed request): Leo's own
 * page, in the visitor's language, with the status and never a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final ProblemPage page;

	ErrorPages(ProblemPage page) {
		this.page = page;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		return page.of(request, status, null);
	}
}
