package org.leoprotocol.audit;

import java.time.Clock;
import java.util.UUID;

import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every module records staff access. A record written inside a business transaction commits or rolls back with
 * it, so a change is never stored without its audit record; refusals are written in a transaction of their own because
 * the refused work rolls back.
 *
 * <p>
 * What was done is given as a {@link Sentence} whose key starts with {@value AuditDetails#PREFIX}, stored as its one
 * line ({@link Sentence#stored()}) so that the audit page says it in its reader's language; its arguments are kept as
 * the text they were (a name typed, a code), because the trail keeps what happened, not what a word means today.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;
	private final Clock clock;

	AuditTrail(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an access by whoever is signed in to the current request; outside any request (start-up, scheduled work)
	 * the actor is Leo itself.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void access(AuditAction action, String component, RecordReference record, Sentence detail) {
		append(action, component, record, Outcome.SUCCESS, null, AuditDetails.stored(detail));
	}

	/** Records a read that needs no surrounding transaction (pages, exports); a read needing no detail gives null. */
	@Transactional
	public void read(String component, RecordReference record, Sentence detail) {
		append(AuditAction.READ, component, record, Outcome.SUCCESS, null, AuditDetails.stored(detail));
	}

	/**
	 * Records an access in a transaction of its own, for an {@link Audited} call that runs outside a transaction or in
	 * a read-only one (which refuses writes).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recorded(AuditAction action, String component, RecordReference record, Sentence detail) {
		append(action, component, record, Outcome.SUCCESS, null, AuditDetails.stored(detail));
	}

	/** Records a search or export of many records, with the criteria used. */
	@Transactional
	public void query(AuditAction action, String component, String recordType, Sentence criteria) {
		append(action, component, new RecordReference(recordType, null), Outcome.SUCCESS, null,
				AuditDetails.stored(criteria));
	}

	/** Records a refused attempt, why as a detail key; kept even though the attempted work rolls back. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void refusal(AuditAction action, String component, RecordReference record, Sentence reason) {
		append(action, component, record, Outcome.FAILURE, null, AuditDetails.stored(reason));
	}

	/**
	 * Why an attempt was refused, in the words of the refusal or conflict that refused it: its message key and
	 * arguments, kept with the detail so that the audit page says it in its reader's language ("stream: not part of the
	 * case team").
	 */
	public static Sentence refusedBecause(String attempted, String key, Object... arguments) {
		return AuditDetails.refusedBecause(attempted, key, arguments);
	}

	/**
	 * Records a login attempt under the name that was tried, which may belong to no account; a plain sign-in or
	 * sign-out gives no detail (null).
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void login(AuditAction action, String attemptedName, Outcome outcome, String sourceAddress,
			Sentence detail) {
		append(action, "access", new RecordReference("StaffAccount", attemptedName), outcome,
				new Accountable(attemptedName, ActorKind.STAFF, sourceAddress), AuditDetails.stored(detail));
	}

	private void append(AuditAction action, String component, RecordReference record, Outcome outcome,
			Accountable given,
			String detail) {
		Accountable actor = given != null ? given : Accountable.current();
		jdbc.sql("""
				insert into audit_event (id, occurred_at, actor, actor_kind, action, component, record_type, record_id,
				                         outcome, source_address, detail)
				values (:id, :at, :actor, :kind, :action, :component, :type, :recordId, :outcome, :source, :detail)
				""")
			.param("id", UUID.randomUUID())
			.param("at", clock.instant().atOffset(java.time.ZoneOffset.UTC))
			.param("actor", actor.name())
			.param("kind", actor.kind().name())
			.param("action", action.name())
			.param("component", component)
			.param("type", record.type())
			.param("recordId", record.id())
			.param("outcome", outcome.name())
			.param("source", actor.source())
			.param("detail", detail)
			.update();
	}
}
