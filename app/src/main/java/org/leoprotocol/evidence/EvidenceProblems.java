package org.leoprotocol.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import org.leoprotocol.evidence.access.AccessRefused;

/** RFC 9457 problems for refused evidence requests from API clients. */
@RestControllerAdvice(assignableTypes = { EvidenceApi.class, UploadApi.class, ExportApi.class, LedgerApi.class,
		CustodyReportApi.class, RetentionApi.class })
class EvidenceProblems {

	@ExceptionHandler(IntakeRefused.class)
	ProblemDetail intake(IntakeRefused ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(ex.status()), ex.getMessage());
	}

	@ExceptionHandler(AccessRefused.class)
	ProblemDetail forbidden(AccessRefused ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, ex.getMessage());
	}
}
