package org.leoprotocol.engagement;

import java.time.Clock;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registration for an event by the public, and its cancellation through the private link. Each runs with the event's
 * row locked, so two people taking the last place at once cannot both get it: the second is put on the waiting list.
 * When confirmed people cancel, those waiting move up in the order they registered, as long as their whole party fits.
 */
@Service
class EventRegistration {

	private final OutreachEvents events;
	private final Registrations registrations;
	private final ApplicationEventPublisher published;
	private final Clock clock;

	EventRegistration(OutreachEvents events, Registrations registrations, ApplicationEventPublisher published,
			Clock clock) {
		this.events = events;
		this.registrations = registrations;
		this.published = published;
		this.clock = clock;
	}

	@Transactional
	public RegistrationReceipt register(UUID eventId, RegistrationRequest request) {
		Map<String, String> problems = request.problems();
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems.values().iterator().next(), RegistrationRequest.MAX_PARTY);
		}
		OutreachEvent event = events.lock(eventId)
			.orElseThrow(() -> new UnknownRecord("engagement.refused.noEvent", eventId));
		Optional<Registration> earlier = registrations.bySubmission(eventId, request.submissionKey());
		if (earlier.isPresent()) {
			return new RegistrationReceipt(earlier.get(), event, null, true);
		}
		if (event.isOver(clock.instant())) {
			throw new RegistrationRefused("engagement.refused.begun");
		}
		String email = request.email().strip();
		if (registrations.activeWithEmail(eventId, email)) {
			throw new RegistrationRefused("engagement.refused.registered");
		}
		long confirmed = registrations.people(eventId, RegistrationStatus.CONFIRMED);
		RegistrationStatus status = confirmed + request.partySize() <= event.capacity() ? RegistrationStatus.CONFIRMED
				: RegistrationStatus.WAITING;
		String token = PrivateTokens.next();
		Registration registration = new Registration(UUID.randomUUID(), eventId, request.name().strip(), email,
				request.partySize(), status, clock.instant());
		registrations.insert(registration, request.submissionKey(), PrivateTokens.hash(token));
		announce(eventId);
		return new RegistrationReceipt(registration, event, token, false);
	}

	/** The registration a private link opens. */
	public Optional<Registration> byToken(String token) {
		return token == null ? Optional.empty() : registrations.byToken(PrivateTokens.hash(token));
	}

	/** Cancels through the private link; cancelling twice is harmless. Frees places for those waiting. */
	@Transactional
	public Registration cancel(String token) {
		Registration registration = byToken(token)
			.orElseThrow(() -> new NoSuchElementException("This link does not open any registration."));
		OutreachEvent event = events.lock(registration.eventId()).orElseThrow();
		if (registration.status() == RegistrationStatus.CANCELLED) {
			return registration;
		}
		if (event.isOver(clock.instant())) {
			throw new RegistrationRefused("engagement.refused.cancelBegun");
		}
		registrations.setStatus(registration.id(), RegistrationStatus.CANCELLED);
		long confirmed = registrations.people(event.id(), RegistrationStatus.CONFIRMED);
		for (Registration waiting : registrations.ofEvent(event.id())) {
			if (waiting.status() != RegistrationStatus.WAITING) {
				continue;
			}
			if (confirmed + waiting.partySize() > event.capacity()) {
				break;
			}
			registrations.setStatus(waiting.id(), RegistrationStatus.CONFIRMED);
			confirmed += waiting.partySize();
		}
		announce(event.id());
		return new Registration(registration.id(), registration.eventId(), registration.name(), registration.email(),
				registration.partySize(), RegistrationStatus.CANCELLED, registration.registeredAt());
	}

	private void announce(UUID eventId) {
		published.publishEvent(
				new EventRegistrationsChanged(eventId, registrations.people(eventId, RegistrationStatus.CONFIRMED),
						registrations.people(eventId, RegistrationStatus.WAITING)));
	}
}
