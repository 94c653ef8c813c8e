package org.leoprotocol.complaints;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.NoSuchElementException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.complaints.IntakeThrottle.Purpose;
import org.leoprotocol.complaints.web.AcknowledgementView;
import org.leoprotocol.complaints.web.ComplaintRoutes;
import org.leoprotocol.complaints.web.StatusView;

import org.leoprotocol.shared.web.ProblemPage;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages: the complaint and commendation form, its confirmation with tracking code and access key, and
 * the status lookup. They work without JavaScript. The access key travels only in request bodies, never in an
 * address, so it does not end up in logs or browser history; pages that show it are not cached.
 */
@Controller
class PublicComplaintController {

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'").withZone(ZoneOffset.UTC);

	private final ComplaintIntake intake;
	private final IntakeThrottle throttle;
	private final ProblemPage problemPage;

	PublicComplaintController(ComplaintIntake intake, IntakeThrottle throttle, ProblemPage problemPage) {
		this.problemPage = problemPage;
		this.intake = intake;
		this.throttle = throttle;
	}

	@GetMapping(ComplaintRoutes.NEW)
	String form(@RequestParam(defaultValue = "COMPLAINT") String kind, Model model) {
		model.addAttribute("view", ComplaintForm.empty(TrackingSecrets.newAccessKey(),
				"COMMENDATION".equalsIgnoreCase(kind) ? Kind.COMMENDATION : Kind.COMPLAINT));
		return "complaints/form";
	}

	@PostMapping(ComplaintRoutes.SUBMIT)
	String submit(@RequestParam MultiValueMap<String, String> fields, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		ComplaintForm form = new ComplaintForm(fields);
		String token = form.token().isBlank() ? TrackingSecrets.newAccessKey() : form.token();
		Map<String, String> problems = form.submission().problems();
		if (!problems.isEmpty()) {
			response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
			model.addAttribute("view", form.view(token, problems));
			return "complaints/form";
		}
		throttle.take(Purpose.SUBMIT, request.getRemoteAddr());
		Acknowledgement receipt = intake.file(form.submission(), token);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("view", new AcknowledgementView(receipt.kind().label(), receipt.trackingCode(),
				receipt.accessKey(), WHEN.format(receipt.receivedAt()), receipt.repeated()));
		return "complaints/acknowledgement";
	}

	@GetMapping(ComplaintRoutes.STATUS)
	String statusForm(Model model) {
		model.addAttribute("view", new StatusView("", null, null));
		return "complaints/status";
	}

	@PostMapping(ComplaintRoutes.STATUS)
	String status(@RequestParam(defaultValue = "") String trackingCode, @RequestParam(defaultValue = "") String accessKey,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		throttle.take(Purpose.LOOKUP, request.getRemoteAddr());
		try {
			PublicStatus status = intake.status(trackingCode, accessKey);
			model.addAttribute("view", new StatusView(status.trackingCode(), null, found(status)));
		}
		catch (NoSuchElementException notFound) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			model.addAttribute("view", new StatusView(trackingCode.strip(), notFound.getMessage(), null));
		}
		return "complaints/status";
	}

	@ExceptionHandler(IntakeThrottled.class)
	ModelAndView throttled(IntakeThrottled refused, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
		return problemPage.of(request, HttpStatus.TOO_MANY_REQUESTS, refused.getMessage());
	}

	static StatusView.Found found(PublicStatus status) {
		return new StatusView.Found(status.trackingCode(), status.kind().label(), status.stage().label(),
				format(status.receivedAt()), status.history().stream()
					.map(step -> new StatusView.Step(step.stage().label(), format(step.changedAt()), step.note() == null ? "" : step.note()))
					.toList());
	}

	static String format(Instant instant) {
		return instant == null ? "" : WHEN.format(instant);
	}
}
