package org.leoprotocol.shared.web;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals of the domain into RFC 9457 problem responses for API clients: an unknown record is 404, bad
 * input 400, a change the record's current state does not allow 409. The message is the domain's own sentence,
 * written for people; no stack trace ever leaves Leo. Framework refusals (unreadable JSON, a wrong type in the
 * path) become problems too, but only for API controllers: browsers get the error page instead.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private final MessageSource messages;

	ApiProblems(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoSuchElementException.class)
	ProblemDetail notFound(NoSuchElementException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ProblemDetail badInput(IllegalArgumentException ex, Locale locale) {
		return problem(HttpStatus.BAD_REQUEST, ex, locale);
	}

	@ExceptionHandler(IllegalStateException.class)
	ProblemDetail conflict(IllegalStateException ex, Locale locale) {
		return problem(HttpStatus.CONFLICT, ex, locale);
	}

	/**
	 * The domain's sentence; a refusal that is {@link Explained} also names its message key and, for a client that
	 * asked for another language than English, says the detail in that language.
	 */
	private ProblemDetail problem(HttpStatus status, RuntimeException ex, Locale locale) {
		if (!(ex instanceof Explained explained)) {
			return ProblemDetail.forStatusAndDetail(status, ex.getMessage());
		}
		String detail = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? ex.getMessage()
				: messages.getMessage(explained.messageKey(), explained.messageArguments(), ex.getMessage(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("messageKey", explained.messageKey());
		return problem;
	}
}
