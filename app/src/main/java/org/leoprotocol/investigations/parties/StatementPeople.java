package org.leoprotocol.investigations.parties;

import java.util.List;

import org.leoprotocol.shared.redaction.Party;
import org.leoprotocol.shared.redaction.PeopleOnRecord;
import org.leoprotocol.shared.redaction.PersonInRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The people who gave statements in any case, for the redaction gate of text about no one case. */
@Component
class StatementPeople implements PeopleOnRecord {

	private final JdbcClient jdbc;

	StatementPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonInRecord> named() {
		return jdbc.sql("select distinct person_name, person_role from case_entry where person_name is not null")
			.query((rs, row) -> PersonInRecord.of(rs.getString(1), CasePeople.party(rs.getString(2), Party.WITNESS)))
			.list();
	}
}
