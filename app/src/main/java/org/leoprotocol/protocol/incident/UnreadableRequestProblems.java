package org.leoprotocol.protocol.incident;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Says what was wrong with a JSON body the protocol API could not read (a kind, role or event name that does not exist,
 * a malformed time), instead of the bare "Failed to read request": a dispatcher fixing a request needs the name of the
 * field and the values allowed.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = UnreadableRequestsExplained.class)
class UnreadableRequestProblems {

	static final int MAX_DETAIL = 300;

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ProblemDetail unreadable(HttpMessageNotReadableException ex) {
		String cause = ex.getMostSpecificCause().getMessage();
		String detail = cause == null ? "" : cause.split("\n", 2)[0].replaceAll(" at \\[Source.*", "");
		if (detail.length() > MAX_DETAIL) {
			detail = detail.substring(0, MAX_DETAIL) + "…";
		}
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request body could not be read"
				+ (detail.isBlank() ? "" : ": " + detail));
	}
}
