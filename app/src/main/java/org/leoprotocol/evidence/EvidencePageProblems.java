package org.leoprotocol.evidence;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.evidence.access.AccessRefused;
import org.leoprotocol.shared.web.ProblemPage;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows a refused evidence page as a readable page: 403 with the rule that refused. */
@ControllerAdvice(assignableTypes = EvidenceController.class)
class EvidencePageProblems {

	private final ProblemPage page;

	EvidencePageProblems(ProblemPage page) {
		this.page = page;
	}

	@ExceptionHandler(AccessRefused.class)
	ModelAndView forbidden(AccessRefused ex, HttpServletRequest request) {
		return page.of(request, HttpStatus.FORBIDDEN, ex.getMessage() + ". The attempt has been recorded.");
	}
}
