package org.leoprotocol.protocol.incident;

import java.util.List;

import org.leoprotocol.shared.redaction.Party;
import org.leoprotocol.shared.redaction.PeopleOnRecord;
import org.leoprotocol.shared.redaction.PersonInRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The children and vulnerable adults named in incidents, for the redaction gate of text about no one incident. */
@Component
class IncidentPeople implements PeopleOnRecord {

	private final JdbcClient jdbc;

	IncidentPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonInRecord> named() {
		return jdbc.sql("select distinct person_name from incident where person_name is not null").query(String.class)
			.list().stream()
			.map(name -> PersonInRecord.of(name, Party.CHILD)).toList();
	}
}
