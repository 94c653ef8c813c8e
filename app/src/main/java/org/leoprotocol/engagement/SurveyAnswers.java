package org.leoprotocol.engagement;

import java.time.Clock;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes answers to the short surveys. After an event, whoever holds a confirmed registration's private link may answer
 * once, from the start of the event on. After an incident, the invitation's link may be used once before it expires.
 * Each answer publishes {@link SurveyAnswered} without the comment.
 */
@Service
class SurveyAnswers {

	private final EventRegistration registrations;
	private final OutreachEvents events;
	private final Surveys surveys;
	private final ApplicationEventPublisher published;
	private final Clock clock;

	SurveyAnswers(EventRegistration registrations, OutreachEvents events, Surveys surveys,
			ApplicationEventPublisher published,
			Clock clock) {
		this.registrations = registrations;
		this.events = events;
		this.surveys = surveys;
		this.published = published;
		this.clock = clock;
	}

	/** What a survey link opens: the kind of survey, or a sentence saying why it cannot be answered. */
	record Opened(SurveyKind kind, OutreachEvent event, SurveyRefused.Reason refusal) {

		boolean open() {
			return refusal == null;
		}
	}

	Opened open(String token) {
		Instant now = clock.instant();
		var registration = registrations.byToken(token);
		if (registration.isPresent()) {
			OutreachEvent event = events.find(registration.get().eventId()).orElseThrow();
			if (registration.get().status() != RegistrationStatus.CONFIRMED) {
				return new Opened(SurveyKind.EVENT, event, SurveyRefused.Reason.NO_PLACE);
			}
			if (!event.isOver(now)) {
				return new Opened(SurveyKind.EVENT, event, SurveyRefused.Reason.NOT_YET);
			}
			if (surveys.answered(registration.get().id())) {
				return new Opened(SurveyKind.EVENT, event, SurveyRefused.Reason.ANSWERED);
			}
			return new Opened(SurveyKind.EVENT, event, null);
		}
		Surveys.Invitation invitation = surveys.invitation(PrivateTokens.hash(token == null ? "" : token))
			.orElseThrow(() -> new NoSuchElementException("This link does not open any survey."));
		if (invitation.usedAt() != null) {
			return new Opened(SurveyKind.INCIDENT, null, SurveyRefused.Reason.ANSWERED);
		}
		if (!now.isBefore(invitation.expiresAt())) {
			return new Opened(SurveyKind.INCIDENT, null, SurveyRefused.Reason.EXPIRED);
		}
		return new Opened(SurveyKind.INCIDENT, null, null);
	}

	@Transactional
	public SurveyKind answer(String token, Ratings ratings) {
		Ratings checked = ratings.checked();
		Opened opened = open(token);
		if (!opened.open()) {
			throw new SurveyRefused(opened.refusal());
		}
		Instant now = clock.instant();
		if (opened.kind() == SurveyKind.EVENT) {
			UUID registrationId = registrations.byToken(token).orElseThrow().id();
			if (!surveys.answer(SurveyKind.EVENT, opened.event().id(), registrationId, null, checked, now)) {
				throw new SurveyRefused(SurveyRefused.Reason.ANSWERED);
			}
		}
		else {
			Surveys.Invitation invitation = surveys.invitation(PrivateTokens.hash(token)).orElseThrow();
			if (!surveys.use(invitation.id(), now)) {
				throw new SurveyRefused(SurveyRefused.Reason.ANSWERED);
			}
			surveys.answer(SurveyKind.INCIDENT, null, null, invitation.id(), checked, now);
		}
		published.publishEvent(new SurveyAnswered(opened.kind(), opened.event() == null ? null : opened.event().id(),
				checked.first(), checked.second(), checked.third(), now));
		return opened.kind();
	}
}
