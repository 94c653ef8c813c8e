package org.leoprotocol.shared.web;

import java.util.Locale;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.TooManyRequests;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Shows a page's refusal as a readable page, never as a stack trace. A refusal that is {@link Explained} is said in the
 * visitor's language. Other refusals carry an English sentence from the domain: staff and English-speaking visitors
 * read it as it is, while a member of the public reading in another language gets the bundles' sentence for the status
 * instead, so no public page speaks a language its visitor did not choose.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private final ProblemPage page;
	private final Refusals refusals;

	PageProblems(ProblemPage page, Refusals refusals) {
		this.page = page;
		this.refusals = refusals;
	}

	/** A refusal of the domain: its kind's status, its sentence in the visitor's language. */
	@ExceptionHandler(Refusal.class)
	ModelAndView refusal(Refusal refusal, HttpServletRequest request) {
		return refusals.page(refusal, request);
	}

	/** A visitor over their allowance: 429 with the seconds to wait, in {@code Retry-After} and on the page. */
	@ExceptionHandler(TooManyRequests.class)
	ModelAndView throttled(TooManyRequests refused, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		return page.explained(request, HttpStatus.TOO_MANY_REQUESTS, TooManyRequests.MESSAGE_KEY,
				refused.retryAfterSeconds());
	}

	/** A part of the address that is not what it names (a word where an id belongs): 400, in the visitor's language. */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformedAddress(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return refusals.page(new InvalidInput("input.address.malformed", String.valueOf(ex.getValue()), ex.getName()),
				request);
	}

	/** A form that sends a file, posted without one (or not as a multipart form), is bad input, not a server error. */
	@ExceptionHandler(MultipartException.class)
	ModelAndView noFile(MultipartException ex, HttpServletRequest request) {
		return page.explained(request, HttpStatus.BAD_REQUEST, "error.upload.noFile");
	}

	@ExceptionHandler(NoSuchElementException.class)
	ModelAndView notFound(NoSuchElementException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.NOT_FOUND, ex);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ModelAndView badInput(IllegalArgumentException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, ex);
	}

	@ExceptionHandler(IllegalStateException.class)
	ModelAndView conflict(IllegalStateException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.CONFLICT, ex);
	}

	private ModelAndView problem(HttpServletRequest request, HttpStatus status, RuntimeException refusal) {
		if (refusal instanceof Explained explained) {
			return page.explained(request, status, explained.messageKey(), explained.messageArguments());
		}
		return problem(request, status, refusal.getMessage());
	}

	private ModelAndView problem(HttpServletRequest request, HttpStatus status, String message) {
		if (publicVisitor(request)
				&& !Locale.ENGLISH.getLanguage().equals(RequestContextUtils.getLocale(request).getLanguage())) {
			return page.explained(request, status, "error.refused." + status.value());
		}
		return page.of(request, status, message);
	}

	private static boolean publicVisitor(HttpServletRequest request) {
		return !request.getRequestURI().startsWith(request.getContextPath() + "/staff");
	}
}
