package org.leoprotocol.protocol.cad;

import java.time.Instant;
import java.util.Optional;

import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.incident.Incidents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which incidents came from CAD, under which CAD incident number; append-only. */
@Repository
public class CadImports {

	private final JdbcClient jdbc;

	CadImports(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Claims the CAD number for the incident about to be stored; false when it was imported before. A concurrent import
	 * of the same number waits on the key and then finds it taken.
	 */
	boolean claim(String cadNumber, IncidentId incident, Instant at, String by) {
		return jdbc
			.sql("""
					insert into cad_import (cad_number, incident_id, imported_at, imported_by) values (:number, :incident, :at, :by)
					on conflict (cad_number) do nothing
					""")
			.param("number", cadNumber).param("incident", incident.value()).param("at", Incidents.utc(at))
			.param("by", by)
			.update() == 1;
	}

	Optional<IncidentId> incidentOf(String cadNumber) {
		return jdbc.sql("select incident_id from cad_import where cad_number = :number").param("number", cadNumber)
			.query((rs, row) -> new IncidentId(rs.getObject(1, java.util.UUID.class))).optional();
	}

	public Optional<String> cadNumberOf(IncidentId incident) {
		return jdbc.sql("select cad_number from cad_import where incident_id = :incident")
			.param("incident", incident.value())
			.query(String.class).optional();
	}
}
