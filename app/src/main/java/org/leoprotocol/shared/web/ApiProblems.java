package org.leoprotocol.shared.web;

import java.util.Locale;
import java.util.NoSuchElementException;

import org.leoprotocol.shared.Refusal;
import org.leoprotocol.shared.TooManyRequests;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns refusals of the domain into RFC 9457 problem responses for API clients: an unknown record is 404, bad input
 * 400, a change the record's current state does not allow 409. The message is the domain's own sentence, written for
 * people; no stack trace ever leaves Leo. Framework refusals (unreadable JSON, a wrong type in the path) become
 * problems too, but only for API controllers: browsers get the error page instead. A body no API could read is answered
 * here for every API alike.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final String REFUSED = "error.refused.403";

	private final MessageSource messages;
	private final Refusals refusals;

	ApiProblems(MessageSource messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
	}

	/** A refusal of the domain: its kind's status, its sentence in the client's language. */
	@ExceptionHandler(Refusal.class)
	ProblemDetail refusal(Refusal refusal, Locale locale) {
		return refusals.problem(refusal, locale);
	}

	/** A client over its allowance: 429, the seconds to wait in {@code Retry-After} and in the reader's language. */
	@ExceptionHandler(TooManyRequests.class)
	ResponseEntity<ProblemDetail> throttled(TooManyRequests refused, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
				messages.getMessage(TooManyRequests.MESSAGE_KEY, new Object[] { refused.retryAfterSeconds() }, locale));
		problem.setProperty("messageKey", TooManyRequests.MESSAGE_KEY);
		return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()))
			.body(problem);
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
	 * A refusal for who the caller is, raised by a need-to-know or conflict check once the record is known (the refusal
	 * is already audited where it was decided): 403 with the domain's sentence for English readers, the bundles'
	 * sentence in the reader's language otherwise (the refusal's own, when it is {@link Explained}), and never the
	 * framework's bare "Access Denied".
	 */
	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail refused(AccessDeniedException ex, Locale locale) {
		if (ex instanceof Explained) {
			return problem(HttpStatus.FORBIDDEN, ex, locale);
		}
		boolean domainSentence = !(ex instanceof AuthorizationDeniedException)
				&& Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		String detail = domainSentence ? ex.getMessage() : messages.getMessage(REFUSED, null, ex.getMessage(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
		problem.setProperty("messageKey", REFUSED);
		return problem;
	}

	/**
	 * A body the API could not read: 400 in the reader's language, naming the field with a control character in a
	 * string, or else saying what the parser could not read ({@link UnreadableBody}).
	 */
	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof ControlCharacterRefused refused) {
				ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
						refusals.said(refused, request.getLocale()));
				problem.setProperty("messageKey", ControlCharacters.MESSAGE_KEY);
				problem.setProperty("field", refused.field());
				return ResponseEntity.badRequest().body(problem);
			}
		}
		return ResponseEntity.badRequest().body(refusals.problem(UnreadableBody.of(ex), request.getLocale()));
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
