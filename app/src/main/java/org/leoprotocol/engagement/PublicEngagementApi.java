package org.leoprotocol.engagement;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.leoprotocol.engagement.web.EngagementRoutes;
import org.leoprotocol.shared.TooManyRequests;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public engagement API (no sign-in): upcoming events, registration, cancellation and survey answers through a
 * private token, and the published results. Nothing here ever names a registrant.
 */
@RestController
class PublicEngagementApi {

	private final Engagement engagement;
	private final EventRegistration registration;
	private final SurveyAnswers answers;
	private final EngagementMail mail;
	private final EngagementThrottle throttle;

	PublicEngagementApi(Engagement engagement, EventRegistration registration, SurveyAnswers answers,
			EngagementMail mail,
			EngagementThrottle throttle) {
		this.engagement = engagement;
		this.registration = registration;
		this.answers = answers;
		this.mail = mail;
		this.throttle = throttle;
	}

	/** An upcoming event as the public sees it. */
	record PublicEvent(UUID id, String title, java.time.Instant startsAt, String place, String activities,
			String language,
			long placesLeft) {
	}

	/** The answer to a registration: the status and, the first time only, the private token. */
	record Registered(UUID eventId, RegistrationStatus status, int partySize, String token, boolean repeated,
			boolean mailed) {
	}

	/** One row of published results. */
	record PublishedResult(SurveyKind kind, UUID eventId, String title, java.time.Instant startsAt, String registered,
			String responses, List<Double> averages) {
	}

	@GetMapping(EngagementRoutes.PUBLIC_API + "/events")
	List<PublicEvent> events() {
		return engagement.upcoming().stream().map(e -> new PublicEvent(e.id(), e.title(), e.startsAt(), e.place(),
				e.activities(), e.language(), engagement.placesLeft(e)))
			.toList();
	}

	@PostMapping(EngagementRoutes.PUBLIC_API + "/events/{id}/registrations")
	ResponseEntity<Registered> register(@PathVariable UUID id, @RequestBody RegistrationRequest request,
			HttpServletRequest http,
			Locale locale) {
		throttle.take(http.getRemoteAddr());
		RegistrationReceipt receipt = registration.register(id, request);
		boolean mailed = !receipt.repeated() && mail.confirmation(receipt, locale);
		return ResponseEntity.status(receipt.repeated() ? HttpStatus.OK : HttpStatus.CREATED)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.body(new Registered(id, receipt.registration().status(), receipt.registration().partySize(),
					receipt.token(),
					receipt.repeated(), mailed));
	}

	@DeleteMapping(EngagementRoutes.PUBLIC_API + "/registrations/{token}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void cancel(@PathVariable String token, HttpServletRequest http) {
		throttle.take(http.getRemoteAddr());
		registration.cancel(token);
	}

	@PostMapping(EngagementRoutes.PUBLIC_API + "/surveys/{token}")
	@ResponseStatus(HttpStatus.CREATED)
	void answer(@PathVariable String token, @RequestBody Ratings ratings, HttpServletRequest http) {
		throttle.take(http.getRemoteAddr());
		answers.answer(token, ratings);
	}

	@GetMapping(EngagementRoutes.PUBLIC_API + "/results")
	List<PublishedResult> results() {
		return engagement.results().stream()
			.map(r -> new PublishedResult(r.kind(), r.eventId(), r.title(), r.startsAt(),
					r.registered().shown(), r.responses().shown(), r.averages()))
			.toList();
	}

}
