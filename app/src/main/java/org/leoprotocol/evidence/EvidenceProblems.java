package org.leoprotocol.evidence;

import org.leoprotocol.evidence.custody.CustodyLedger;
import org.leoprotocol.evidence.export.Watermark;
import org.leoprotocol.evidence.intake.IntakeRefused;
import org.leoprotocol.evidence.retention.RetentionCategory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * RFC 9457 problems for refused evidence requests from API clients. A concept package is named by one of its public
 * types: its JSON API is reached that way, and its other controllers never meet these refusals.
 */
@RestControllerAdvice(assignableTypes = EvidenceApi.class, basePackageClasses = { IntakeRefused.class, Watermark.class,
		CustodyLedger.class, RetentionCategory.class })
class EvidenceProblems {

	@ExceptionHandler(IntakeRefused.class)
	ProblemDetail intake(IntakeRefused ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), ex.getMessage());
	}
}
