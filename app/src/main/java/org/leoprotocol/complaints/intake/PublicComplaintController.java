package org.leoprotocol.complaints.intake;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.complaints.Acknowledgement;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.complaints.FormProblem;
import org.leoprotocol.complaints.Kind;
import org.leoprotocol.complaints.PublicStatus;
import org.leoprotocol.complaints.TrackingSecrets;
import org.leoprotocol.complaints.intake.IntakeThrottle.Purpose;
import org.leoprotocol.complaints.web.AcknowledgementView;
import org.leoprotocol.complaints.web.ComplaintRoutes;
import org.leoprotocol.complaints.web.StatusView;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.web.FieldsRefused;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public pages: the complaint and commendation form, its confirmation with tracking code and access key, and the
 * status lookup. They work without JavaScript. The access key travels only in request bodies, never in an address, so
 * it does not end up in logs or browser history; pages that show it are not cached.
 */
@Controller
class PublicComplaintController {

	private final ComplaintIntake intake;
	private final IntakeThrottle throttle;
	private final AgencyTime time;
	private final ProblemTexts problemTexts;
	private final MessageSource messages;
	private final Refusals refusals;

	PublicComplaintController(ComplaintIntake intake, IntakeThrottle throttle, AgencyTime time,
			ProblemTexts problemTexts, MessageSource messages, Refusals refusals) {
		this.messages = messages;
		this.refusals = refusals;
		this.time = time;
		this.problemTexts = problemTexts;
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
			HttpServletResponse response, Locale locale, Model model) {
		ComplaintForm form = new ComplaintForm(fields);
		String token = form.token().isBlank() ? TrackingSecrets.newAccessKey() : form.token();
		Map<String, FormProblem> problems = form.submission().problems();
		if (!problems.isEmpty()) {
			refusals.answered(new FieldsRefused(problems.keySet()), response, locale);
			model.addAttribute("view", form.view(token, problemTexts.in(locale, problems)));
			return "complaints/form";
		}
		throttle.take(Purpose.SUBMIT, request.getRemoteAddr());
		Acknowledgement receipt = intake.file(form.submission(), token);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("view", new AcknowledgementView(receipt.kind().name(), receipt.trackingCode(),
				receipt.accessKey(), time.format(receipt.receivedAt(), locale), receipt.repeated()));
		return "complaints/acknowledgement";
	}

	@GetMapping(ComplaintRoutes.STATUS)
	String statusForm(Model model) {
		model.addAttribute("view", new StatusView("", null, null));
		return "complaints/status";
	}

	@PostMapping(ComplaintRoutes.STATUS)
	String status(@RequestParam(defaultValue = "") String trackingCode,
			@RequestParam(defaultValue = "") String accessKey,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		throttle.take(Purpose.LOOKUP, request.getRemoteAddr());
		try {
			PublicStatus status = intake.status(trackingCode, accessKey);
			model.addAttribute("view", new StatusView(status.trackingCode(), null, found(status, locale)));
		}
		catch (UnknownRecord notFound) {
			refusals.answered(notFound, response, locale);
			model.addAttribute("view", new StatusView(trackingCode.strip(), "complaints.status.notFound", null));
		}
		return "complaints/status";
	}

	private StatusView.Found found(PublicStatus status, Locale locale) {
		return new StatusView.Found(status.trackingCode(), status.kind().name(), status.stage().name(),
				time.format(status.receivedAt(), locale), status.history().stream()
					.map(step -> new StatusView.Step(step.stage().name(), time.format(step.changedAt(), locale),
							step.note(messages, locale)))
					.toList());
	}
}
