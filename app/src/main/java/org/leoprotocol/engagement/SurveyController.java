package org.leoprotocol.engagement;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.leoprotocol.engagement.web.EngagementRoutes;
import org.leoprotocol.engagement.web.FormValues;
import org.leoprotocol.engagement.web.ResultsView;
import org.leoprotocol.engagement.web.SurveyView;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.TooManyRequests;
import org.leoprotocol.shared.web.Refusals;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The public survey page a private link opens (after an event, or by invitation after an incident) and the public
 * results page. Results show counts as published ("&lt;5") and averages only from five answers on; no comment is ever
 * shown.
 */
@Controller
class SurveyController {

	private final SurveyAnswers answers;
	private final Engagement engagement;
	private final EngagementThrottle throttle;
	private final AgencyTime time;
	private final Refusals refusals;

	SurveyController(SurveyAnswers answers, Engagement engagement, EngagementThrottle throttle,
			AgencyTime time, Refusals refusals) {
		this.time = time;
		this.refusals = refusals;
		this.answers = answers;
		this.engagement = engagement;
		this.throttle = throttle;
	}

	@GetMapping(EngagementRoutes.SURVEY)
	String survey(@PathVariable String token, HttpServletResponse response, Locale locale, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		SurveyAnswers.Opened opened = answers.open(token);
		String refusal = opened.open() ? null : refusals.said(new SurveyRefused(opened.refusal()), locale);
		model.addAttribute("view", view(token, opened, FormValues.empty(), refusal, false));
		return "engagement/survey";
	}

	@PostMapping(EngagementRoutes.SURVEY)
	String answer(@PathVariable String token, @RequestParam Map<String, String> fields, HttpServletRequest request,
			HttpServletResponse response, Locale locale, Model model) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		SurveyAnswers.Opened opened = answers.open(token);
		Ratings ratings = new Ratings(EventCards.number(fields.get("first")), EventCards.number(fields.get("second")),
				EventCards.number(fields.get("third")), fields.get("comment"));
		try {
			ratings.checked();
		}
		catch (RatingsRefused refused) {
			model.addAttribute("view", view(token, opened,
					new FormValues(fields, Map.of("ratings", refusals.answered(refused, response, locale))), null,
					false));
			return "engagement/survey";
		}
		throttle.take(request.getRemoteAddr());
		try {
			answers.answer(token, ratings);
		}
		catch (SurveyRefused refused) {
			model.addAttribute("view",
					view(token, opened, FormValues.empty(), refusals.answered(refused, response, locale), false));
			return "engagement/survey";
		}
		model.addAttribute("view", view(token, opened, FormValues.empty(), null, true));
		return "engagement/survey";
	}

	@GetMapping(EngagementRoutes.RESULTS)
	String results(Locale locale, Model model) {
		model.addAttribute("view", results(engagement.results(), time, locale));
		return "engagement/results";
	}

	static ResultsView results(List<SurveyResult> results, AgencyTime time, Locale locale) {
		List<ResultsView.Row> events = results.stream().filter(r -> r.kind() == SurveyKind.EVENT)
			.map(r -> row(r, time, locale)).toList();
		ResultsView.Row incidents = results.stream().filter(r -> r.kind() == SurveyKind.INCIDENT)
			.map(r -> row(r, time, locale))
			.findFirst().orElseThrow();
		return new ResultsView(events, incidents, SurveyKind.EVENT.questions(), SurveyKind.INCIDENT.questions());
	}

	private static ResultsView.Row row(SurveyResult result, AgencyTime time, Locale locale) {
		return new ResultsView.Row(result.title(), time.format(result.startsAt(), locale), result.registered().shown(),
				result.responses().shown(),
				result.averages().stream().map(a -> String.format(Locale.ROOT, "%.1f", a)).toList());
	}

	private static SurveyView view(String token, SurveyAnswers.Opened opened, FormValues form, String refusal,
			boolean thanked) {
		return new SurveyView(token, opened.event() == null ? null : opened.event().title(), opened.kind().questions(),
				form,
				refusal, thanked);
	}
}
