package org.leoprotocol.protocol.incident;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.shared.web.ProblemPage;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers an {@link IncidentClosedRefused}: a 403 problem document in the API, a 403 page in the reader's language.
 * Only {@link IncidentAccess} refuses so, and only the incident, broadcast, reunification and amendment APIs ask it, so
 * the API answer may stand for every JSON API.
 */
final class IncidentAccessProblems {

	private IncidentAccessProblems() {
	}

	@Order(Ordered.HIGHEST_PRECEDENCE)
	@RestControllerAdvice(annotations = RestController.class)
	static class Api {

		private final MessageSource messages;

		Api(MessageSource messages) {
			this.messages = messages;
		}

		@ExceptionHandler(IncidentClosedRefused.class)
		ProblemDetail closed(IncidentClosedRefused refused, Locale locale) {
			String detail = Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? refused.getMessage()
					: messages.getMessage(refused.messageKey(), refused.messageArguments(), refused.getMessage(),
							locale);
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
			problem.setProperty("messageKey", refused.messageKey());
			return problem;
		}
	}

	@Order(Ordered.HIGHEST_PRECEDENCE)
	@ControllerAdvice(assignableTypes = { IncidentController.class, IncidentActionsController.class })
	static class Pages {

		private final ProblemPage page;

		Pages(ProblemPage page) {
			this.page = page;
		}

		@ExceptionHandler(IncidentClosedRefused.class)
		ModelAndView closed(IncidentClosedRefused refused, HttpServletRequest request) {
			return page.explained(request, HttpStatus.FORBIDDEN, refused.messageKey(), refused.messageArguments());
		}
	}
}
