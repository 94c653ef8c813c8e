package org.leoprotocol.personnel;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records personnel actions with their authority: surrender and return of weapon and badge, administrative leave and
 * reinstatement. Leave and reinstatement change the officer's status through the {@link Roster}, so the sign-in policy
 * and everything else that follows a status follows them too; the status change keeps the reason as typed, and the
 * history finds its authority on the action ({@link AuthorisedChange}).
 */
@Service
public class PersonnelActionDesk {

	static final int MAX_TEXT = 1000;

	private final PersonnelActions actions;
	private final Roster roster;
	private final AuditTrail audit;
	private final Clock clock;

	PersonnelActionDesk(PersonnelActions actions, Roster roster, AuditTrail audit, Clock clock) {
		this.actions = actions;
		this.roster = roster;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records the action taken at {@code takenAt} (now when null). Refused without who authorised it, a case number or
	 * order, and a reason; a weapon or badge goes back only to an officer on active duty.
	 */
	@Transactional
	public PersonnelAction record(OfficerId officer, PersonnelActionKind kind, String authorisedBy, String reference,
			String reason, Instant takenAt, Actor recorder) {
		if (kind == null) {
			throw new InvalidInput("personnel.refused.action.kind", List.of(PersonnelActionKind.values()).toString());
		}
		if (takenAt != null && takenAt.isAfter(clock.instant())) {
			throw new InvalidInput("personnel.refused.action.future");
		}
		PersonnelAction action = new PersonnelAction(officer, kind, required(authorisedBy, "authorisedBy"),
				required(reference, "reference"), required(reason, "reason"),
				takenAt == null ? clock.instant() : takenAt, recorder.username());
		if (kind.needsActiveOfficer()) {
			roster.requireAvailable(officer);
		}
		if (kind.status() != null) {
			roster.changeStatus(officer, kind.status(), StatusReason.typedAlone(action.reason()), action.reference(),
					recorder.username(),
					action.takenAt());
		}
		actions.append(action, clock.instant());
		audit.access(AuditAction.UPDATE, Roster.COMPONENT, RecordReference.of("Officer", officer),
				Sentence.of("audit.detail.officer.personnel-action", kind));
		return action;
	}

	/**
	 * The officer's status history, latest first, each change with who authorised the action that made it: the reason
	 * stays as it was typed.
	 */
	public List<AuthorisedChange> history(OfficerId officer) {
		return AuthorisedChange.of(roster.history(officer), actions.of(officer));
	}

	/** The officer's personnel actions, latest first. */
	public List<PersonnelAction> of(OfficerId officer) {
		return actions.of(officer);
	}

	private static String required(String text, String what) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("personnel.refused.action.missing." + what);
		}
		if (text.strip().length() > MAX_TEXT) {
			throw new InvalidInput("personnel.refused.action.long." + what, String.valueOf(MAX_TEXT));
		}
		return text.strip();
	}
}
