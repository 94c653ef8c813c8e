package org.leoprotocol.complaints;

import java.util.List;
import java.util.stream.Stream;

import org.leoprotocol.shared.redaction.Party;
import org.leoprotocol.shared.redaction.PeopleOnRecord;
import org.leoprotocol.shared.redaction.PersonInRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The people who complained or commended and those they filed for, for the redaction gate. */
@Component
class ComplaintPeople implements PeopleOnRecord {

	private final JdbcClient jdbc;

	ComplaintPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<PersonInRecord> named() {
		return jdbc.sql("select complainant_name, represented_person, about_a_child from complaint")
			.query((rs, row) -> Stream.of(PersonInRecord.of(rs.getString(1), Party.COMPLAINANT),
					PersonInRecord.of(rs.getString(2), rs.getBoolean(3) ? Party.CHILD : Party.PERSON)))
			.list().stream().flatMap(s -> s).filter(person -> !person.spellings().isEmpty()).toList();
	}
}
