package org.leoprotocol.protocol.timeline;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers an {@link AttributionRefused} in a JSON API with a problem document: 422 when the request lacks what Leo
 * needs (who performed it, a reason), 409 when the record forbids it; {@code messageKey} names the sentence. Only the
 * incident API (a step done) and the amendment API meet one: the refusal comes from the response log and amendments.
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
@RestControllerAdvice(annotations = RestController.class)
class AttributionProblems {

	@ExceptionHandler(AttributionRefused.class)
	ProblemDetail refused(AttributionRefused refused) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(
				refused.conflict() ? HttpStatus.CONFLICT : HttpStatus.UNPROCESSABLE_CONTENT, refused.getMessage());
		problem.setProperty("messageKey", refused.messageKey());
		return problem;
	}
}
