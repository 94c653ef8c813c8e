package org.leoprotocol.transparency;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.audit.RecordReference;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agency's publication policy: for each {@link PolicyField}, whether officers appear by name, by pseudonym or not
 * at all. It is data, changed by command staff or an administrator; each change is audited with the old and the new
 * mode (the audit trail adds who and when).
 */
@Service
public class PublicationPolicy {

	public static final String COMPONENT = "transparency";

	private final JdbcClient jdbc;
	private final AuditTrail audit;
	private final Clock clock;

	PublicationPolicy(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public List<PolicyChange> current() {
		return jdbc
			.sql("select field, mode, changed_at, changed_by from transparency_publication_policy order by field")
			.query((rs, n) -> new PolicyChange(PolicyField.valueOf(rs.getString(1)),
					PolicyMode.valueOf(rs.getString(2)),
					rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant(), rs.getString(4)))
			.list();
	}

	public PolicyMode mode(PolicyField field) {
		return jdbc.sql("select mode from transparency_publication_policy where field = ?").param(field.name())
			.query(String.class).optional().map(PolicyMode::valueOf).orElse(PolicyMode.HIDDEN);
	}

	/** Sets the mode of a field; a change to the same mode is no change and is not recorded. */
	@Transactional
	public PolicyChange change(PolicyField field, PolicyMode mode, Actor actor) {
		if (field == null || mode == null) {
			throw new InvalidInput("transparency.policy.unsaid", List.of(PolicyField.values()).toString(),
					List.of(PolicyMode.values()).toString());
		}
		PolicyMode old = mode(field);
		Instant now = clock.instant();
		if (old != mode) {
			jdbc.sql(
					"""
							insert into transparency_publication_policy (field, mode, changed_at, changed_by) values (?, ?, ?, ?)
							on conflict (field) do update set mode = excluded.mode, changed_at = excluded.changed_at, changed_by = excluded.changed_by
							""")
				.params(field.name(), mode.name(), Timestamp.from(now), actor.username()).update();
			audit.access(AuditAction.UPDATE, COMPONENT, RecordReference.of("PublicationPolicy", field),
					Sentence.of("audit.detail.publication.changed", field, old, mode));
		}
		return current().stream().filter(change -> change.field() == field).findFirst().orElseThrow();
	}
}
