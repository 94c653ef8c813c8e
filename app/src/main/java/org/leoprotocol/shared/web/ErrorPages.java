package org.leoprotocol.shared.web;

import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The page a browser sees for an error that no controller handled (an unknown address, a malformed request):
 * Leo's own page, in the visitor's language, with the status and never a stack trace.
 */
@Component
class ErrorPages implements ErrorViewResolver {

	private final ChromeAdvice chrome;

	ErrorPages(ChromeAdvice chrome) {
		this.chrome = chrome;
	}

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new HashMap<>();
		page.put("chrome", chrome.chrome(request, RequestContextUtils.getLocale(request)));
		page.put("status", status.value());
		page.put("error", status.getReasonPhrase());
		page.put("message", null);
		return new ModelAndView("error", page, status);
	}
}
