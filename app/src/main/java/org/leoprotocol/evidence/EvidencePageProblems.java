package org.leoprotocol.evidence;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Shows a refused evidence page as a readable page: 403 with the rule that refused, or the intake's status. */
@ControllerAdvice(assignableTypes = EvidenceController.class)
class EvidencePageProblems {

	@ExceptionHandler(AccessRefused.class)
	ModelAndView forbidden(AccessRefused ex) {
		return problem(HttpStatus.FORBIDDEN, ex.getMessage() + ". The attempt has been recorded.");
	}

	private static ModelAndView problem(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}
}
