package org.leoprotocol.protocol;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link AttributionRefused} in the incident API with a problem document: 422 when the request lacks what
 * Leo needs (who performed it, a reason), 409 when the record forbids it; {@code messageKey} names the sentence.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(assignableTypes = { IncidentApi.class, AmendmentApi.class })
class AttributionProblems {

	@ExceptionHandler(AttributionRefused.class)
	ProblemDetail refused(AttributionRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
		problem.setProperty("messageKey", refused.messageKey());
		return problem;
	}
}
