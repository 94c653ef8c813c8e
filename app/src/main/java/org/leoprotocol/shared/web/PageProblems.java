package org.leoprotocol.shared.web;

import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/** Shows a page's refusal as a readable page with the domain's sentence, never as a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	private final ProblemPage page;

	PageProblems(ProblemPage page) {
		this.page = page;
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ModelAndView malformedAddress(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, "'" + ex.getValue() + "' in this address is not a valid " + ex.getName() + ".");
	}

	@ExceptionHandler(NoSuchElementException.class)
	ModelAndView notFound(NoSuchElementException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ModelAndView badInput(IllegalArgumentException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	ModelAndView conflict(IllegalStateException ex, HttpServletRequest request) {
		return problem(request, HttpStatus.CONFLICT, ex.getMessage());
	}

	private ModelAndView problem(HttpServletRequest request, HttpStatus status, String message) {
		return page.of(request, status, message);
	}
}
