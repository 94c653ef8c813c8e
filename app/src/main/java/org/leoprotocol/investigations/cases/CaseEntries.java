package org.leoprotocol.investigations.cases;

import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.leoprotocol.investigations.CaseEntry;
import org.leoprotocol.investigations.InvestigationId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Statements and references of case files, in plain SQL. */
@Repository
public class CaseEntries {

	private final JdbcClient jdbc;

	CaseEntries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(InvestigationId investigation, CaseEntry entry) {
		jdbc.sql(
				"""
						insert into case_entry (id, investigation_id, kind, reference, person_role, person_name, content, recorded_by, recorded_at)
						values (:id, :investigation, :kind, :reference, :role, :name, :content, :by, :at)
						""")
			.param("id", entry.id()).param("investigation", investigation.value()).param("kind", entry.kind().name())
			.param("reference", entry.reference()).param("role", entry.personRole()).param("name", entry.personName())
			.param("content", entry.content()).param("by", entry.recordedBy())
			.param("at", entry.recordedAt().atOffset(ZoneOffset.UTC))
			.update();
	}

	public List<CaseEntry> of(InvestigationId investigation) {
		return jdbc.sql("""
				select id, kind, reference, person_role, person_name, content, recorded_by, recorded_at
				from case_entry where investigation_id = :id order by recorded_at, id
				""")
			.param("id", investigation.value())
			.query((rs, row) -> new CaseEntry(rs.getObject(1, UUID.class), CaseEntry.Kind.valueOf(rs.getString(2)),
					rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant()))
			.list();
	}
}
