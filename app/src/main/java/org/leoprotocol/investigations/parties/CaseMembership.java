package org.leoprotocol.investigations.parties;

import java.util.HashSet;
import java.util.Set;

import org.leoprotocol.evidence.CaseTeams;
import org.leoprotocol.complaints.ComplaintSubjects;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.CaseSubjects;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The parties to cases as other modules need them for need to know: evidence asks who investigates a case (its team),
 * the protocol asks whether an officer is accused in one, or named in a complaint before any case exists (so that he
 * never reads the complainant's identity).
 */
@Component
class CaseMembership implements CaseTeams, CaseSubjects {

	private final JdbcClient jdbc;
	private final ComplaintSubjects complaints;

	CaseMembership(JdbcClient jdbc, ComplaintSubjects complaints) {
		this.jdbc = jdbc;
		this.complaints = complaints;
	}

	@Override
	public Set<String> investigatorsOf(String caseReference) {
		return new HashSet<>(jdbc
			.sql("select investigator from investigation where case_number = :number and investigator is not null")
			.param("number", caseReference).query(String.class).list());
	}

	@Override
	public boolean isSubjectOfACase(OfficerId officer) {
		return officer != null && (jdbc.sql("select exists (select 1 from allegation where officer_id = :officer)")
			.param("officer", officer.value()).query(Boolean.class).single() || complaints.isSubject(officer));
	}
}
