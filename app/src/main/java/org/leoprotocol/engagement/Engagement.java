package org.leoprotocol.engagement;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;
import org.leoprotocol.shared.WrongState;
import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.shared.redaction.EveryoneOnRecord;
import org.leoprotocol.shared.redaction.PersonInRecord;
import org.leoprotocol.shared.redaction.RedactionGate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The engagement desk for staff and the portal: command staff plan outreach events, supervisors and command invite a
 * person involved in an incident to a short survey, and the public results are computed here with small-cell
 * suppression. Every staff read of registrants or comments is audited.
 */
@Service
public class Engagement {

	static final String COMPONENT = "engagement";
	/** How long an invitation after an incident may be answered. */
	static final Duration INVITATION_VALIDITY = Duration.ofDays(30);

	private final EveryoneOnRecord everyone;
	private final OutreachEvents events;
	private final Registrations registrations;
	private final Surveys surveys;
	private final EngagementMail mail;
	private final IncidentDesk incidents;
	private final AuditTrail audit;
	private final Clock clock;

	Engagement(OutreachEvents events, Registrations registrations, Surveys surveys, EngagementMail mail,
			IncidentDesk incidents,
			EveryoneOnRecord everyone, AuditTrail audit, Clock clock) {
		this.everyone = everyone;
		this.events = events;
		this.registrations = registrations;
		this.surveys = surveys;
		this.mail = mail;
		this.incidents = incidents;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional
	public OutreachEvent plan(EventDetails details) {
		EventDetails checked = details.checked();
		OutreachEvent event = new OutreachEvent(UUID.randomUUID(), checked.title(), checked.startsAt(), checked.place(),
				checked.activities(), checked.capacity(), checked.language());
		events.insert(event, clock.instant());
		audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("OutreachEvent", event.id()),
				Sentence.of("audit.detail.outreach.titled", event.title()));
		return event;
	}

	/**
	 * Changes an event. A smaller capacity does not cancel anyone already confirmed; a larger one does not move the
	 * waiting list by itself either: places freed by a cancellation go to the next person waiting.
	 */
	@Transactional
	public OutreachEvent revise(UUID id, EventDetails details) {
		if (events.lock(id).isEmpty()) {
			throw new UnknownRecord("engagement.refused.noEvent", id);
		}
		EventDetails checked = details.checked();
		OutreachEvent event = new OutreachEvent(id, checked.title(), checked.startsAt(), checked.place(),
				checked.activities(),
				checked.capacity(), checked.language());
		events.update(event, clock.instant());
		audit.access(AuditAction.UPDATE, COMPONENT, RecordReference.of("OutreachEvent", id),
				Sentence.of("audit.detail.outreach.titled", event.title()));
		return event;
	}

	public OutreachEvent event(UUID id) {
		return events.find(id).orElseThrow(() -> new UnknownRecord("engagement.refused.noEvent", id));
	}

	/**
	 * Events from now on, soonest first: what the public page lists, their texts through the redaction gate with
	 * everyone on record.
	 */
	public List<OutreachEvent> upcoming() {
		List<PersonInRecord> named = everyone.named();
		return events.startingFrom(clock.instant()).stream().map(event -> published(event, named)).toList();
	}

	/** An event as the public sees it: title, place and activities through the redaction gate. */
	public OutreachEvent publicEvent(UUID id) {
		return published(event(id), everyone.named());
	}

	private static OutreachEvent published(OutreachEvent event, List<PersonInRecord> named) {
		return new OutreachEvent(event.id(), redacted(event.title(), named), event.startsAt(),
				redacted(event.place(), named),
				redacted(event.activities(), named), event.capacity(), event.language());
	}

	private static String redacted(String text, List<PersonInRecord> named) {
		return RedactionGate.redact(text, named).text();
	}

	public Instant now() {
		return clock.instant();
	}

	public List<OutreachEvent> all() {
		return events.all();
	}

	/** Places still free; people beyond it go on the waiting list. */
	public long placesLeft(OutreachEvent event) {
		return Math.max(0, event.capacity() - registrations.people(event.id(), RegistrationStatus.CONFIRMED));
	}

	/** The registrants of an event with their names and addresses: personal data, so the read is audited. */
	public List<Registration> registrants(UUID eventId) {
		event(eventId);
		audit.read(COMPONENT, RecordReference.of("OutreachEvent", eventId),
				Sentence.of("audit.detail.outreach.registrants"));
		return registrations.ofEvent(eventId);
	}

	/** The comments left after an event; for staff only, and never published. */
	public List<String> comments(UUID eventId) {
		event(eventId);
		audit.read(COMPONENT, RecordReference.of("OutreachEvent", eventId),
				Sentence.of("audit.detail.outreach.survey-comments"));
		return surveys.commentsOfEvent(eventId);
	}

	/**
	 * Sends a person involved in an incident a single-use link to the short survey. Only the incident's id is kept with
	 * the invitation; the address is used for this one mail and not stored.
	 */
	@Transactional
	public Instant invite(UUID incidentId, String email, Actor inviter) {
		if (incidentId == null) {
			throw new InvalidInput("engagement.refused.noIncident");
		}
		String address = checkedAddress(email);
		if (!incidents.exists(new IncidentId(incidentId))) {
			throw new UnknownRecord("protocol.incident.unknown", incidentId);
		}
		String token = PrivateTokens.next();
		Instant now = clock.instant();
		Instant expires = now.plus(INVITATION_VALIDITY);
		UUID id = UUID.randomUUID();
		surveys.invite(id, incidentId, PrivateTokens.hash(token), inviter.username(), now, expires);
		audit.access(AuditAction.CREATE, COMPONENT, RecordReference.of("SurveyInvitation", id),
				Sentence.of("audit.detail.incident.named", incidentId));
		mail.invitation(address, token, expires);
		return expires;
	}

	/**
	 * Sends a new link for an invitation whose mail was lost. Only the token's hash is kept, so the old link cannot be
	 * sent again: a new token replaces it (the old link stops working at once) and is valid for a fresh
	 * {@link #INVITATION_VALIDITY}. The address, typed again by staff, is used for this one mail and not stored.
	 */
	@Transactional
	public Instant sendNewLink(UUID invitationId, String email, Locale language) {
		String address = checkedAddress(email);
		String token = PrivateTokens.next();
		Instant expires = clock.instant().plus(INVITATION_VALIDITY);
		if (!surveys.rotate(invitationId, PrivateTokens.hash(token), expires)) {
			throw new WrongState("engagement.refused.newLink");
		}
		audit.access(AuditAction.UPDATE, COMPONENT, RecordReference.of("SurveyInvitation", invitationId),
				Sentence.of("audit.detail.survey.new-link"));
		mail.newLink(address, token, expires, language);
		return expires;
	}

	/** Invitations of the last {@link #INVITATION_VALIDITY} twice over that no one has answered yet. */
	List<Surveys.Outstanding> outstandingInvitations() {
		return surveys.outstanding(clock.instant().minus(INVITATION_VALIDITY.multipliedBy(2)));
	}

	private static String checkedAddress(String email) {
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInput("engagement.refused.email");
		}
		return email.strip();
	}

	/**
	 * The public results: one row per event that has taken place, and one for all surveys after incidents together
	 * (never per incident, which would point at the few people involved); titles through the redaction gate.
	 */
	public List<SurveyResult> results() {
		List<SurveyResult> results = new ArrayList<>();
		List<PersonInRecord> named = everyone.named();
		for (OutreachEvent event : events.startedBefore(clock.instant())) {
			Surveys.Tally tally = surveys.tallyOfEvent(event.id());
			results.add(SurveyResult.of(SurveyKind.EVENT, event.id(), redacted(event.title(), named), event.startsAt(),
					registrations.people(event.id(), RegistrationStatus.CONFIRMED), tally.responses(),
					tally.averages()));
		}
		Surveys.Tally incidents = surveys.tallyAfterIncidents();
		results.add(
				SurveyResult.of(SurveyKind.INCIDENT, null, null, null, 0, incidents.responses(), incidents.averages()));
		return results;
	}
}
