package org.leoprotocol.earlywarning;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.leoprotocol.conflicts.Parties;
import org.leoprotocol.conflicts.Party;
import org.leoprotocol.conflicts.PartyRole;
import org.leoprotocol.conflicts.RecordKind;
import org.leoprotocol.conflicts.RecordParties;
import org.leoprotocol.conflicts.RecordRef;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells the conflict policy whom an early-warning flag is about: the officer on the roster it was raised for (an
 * officer known only from imported history is named instead), so that neither he nor anyone who declared a relation to
 * him reviews it; and which reviews a staff member already took, flagged when he declares such a relation late.
 */
@Component
class FlagParties implements RecordParties {

	private final JdbcClient jdbc;

	FlagParties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Parties> partiesOf(RecordRef record) {
		if (record.kind() != RecordKind.EARLY_WARNING_FLAG) {
			return Optional.empty();
		}
		return id(record.id()).flatMap(flag -> jdbc.sql("""
				select o.roster_officer_id, trim(coalesce(o.first_name, '') || ' ' || coalesce(o.last_name, '')) as name
				  from ew_flag f join ew_officer o on o.id = f.officer_id where f.id = :flag
				""").param("flag", flag)
			.query((rs, row) -> {
				UUID roster = rs.getObject("roster_officer_id", UUID.class);
				Party subject = roster != null ? Party.officer(PartyRole.SUBJECT_OFFICER, roster)
						: Party.person(PartyRole.SUBJECT_OFFICER, rs.getString("name"));
				return new Parties(null, List.of(subject), List.of());
			}).optional());
	}

	/** The flags the staff member acknowledged or closed. */
	@Override
	public List<TakenAction> actionsBy(String username) {
		return jdbc
			.sql("""
					select id, 'flag.acknowledged' as what, acknowledged_at as at from ew_flag where acknowledged_by = :u
					union all select id, 'flag.closed', closed_at from ew_flag where closed_by = :u and closed_at is not null
					""")
			.param("u", username)
			.query((rs, row) -> TakenAction.of(
					RecordRef.of(RecordKind.EARLY_WARNING_FLAG, rs.getObject("id", UUID.class)),
					rs.getString("what"), null, rs.getTimestamp("at").toInstant()))
			.list();
	}

	private static Optional<UUID> id(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}
}
