package org.leoprotocol.shared.web;

import java.util.NoSuchElementException;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/** Shows a page's refusal as a readable page with the domain's sentence, never as a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

	@ExceptionHandler(NoSuchElementException.class)
	@ResponseStatus(HttpStatus.NOT_FOUND)
	ModelAndView notFound(NoSuchElementException ex) {
		return problem(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler(IllegalArgumentException.class)
	@ResponseStatus(HttpStatus.BAD_REQUEST)
	ModelAndView badInput(IllegalArgumentException ex) {
		return problem(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	@ExceptionHandler(IllegalStateException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	ModelAndView conflict(IllegalStateException ex) {
		return problem(HttpStatus.CONFLICT, ex.getMessage());
	}

	private static ModelAndView problem(HttpStatus status, String message) {
		ModelAndView page = new ModelAndView("error");
		page.addObject("status", status.value());
		page.addObject("error", status.getReasonPhrase());
		page.addObject("message", message);
		return page;
	}
}
