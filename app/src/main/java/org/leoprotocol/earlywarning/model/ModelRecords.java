package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Stored models ({@code ew_model}): each training is a new row; the newest for an agency and date is the one used. */
@Repository
class ModelRecords {

	private final JdbcClient jdbc;
	private final JsonMapper json;

	ModelRecords(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void store(ModelCard card, byte[] trees, String trainedBy) {
		jdbc.sql("""
				insert into ew_model (id, agency_code, as_of, trained_at, trained_by, trees, card)
				values (:id, :agency, :asOf, :trainedAt, :by, :trees, cast(:card as jsonb))
				""").param("id", UUID.randomUUID()).param("agency", card.agency()).param("asOf", card.asOf())
			.param("trainedAt", java.sql.Timestamp.from(card.trainedAt())).param("by", trainedBy).param("trees", trees)
			.param("card", json.writeValueAsString(card)).update();
	}

	/** The newest model of the agency trained for a date on or before {@code asOf}. */
	Optional<StoredModel> latest(String agency, LocalDate asOf) {
		return jdbc.sql("""
				select id, card::text, trees from ew_model where agency_code = :agency and as_of <= :asOf
				order by as_of desc, trained_at desc limit 1
				""").param("agency", agency).param("asOf", asOf)
			.query((rs, n) -> new StoredModel(rs.getObject(1, UUID.class),
					json.readValue(rs.getString(2), ModelCard.class),
					rs.getBytes(3)))
			.optional();
	}

	/** The newest model trained for exactly this date. */
	Optional<StoredModel> exact(String agency, LocalDate asOf) {
		return latest(agency, asOf).filter(stored -> stored.card().asOf().equals(asOf));
	}

	List<String> agencies() {
		return jdbc.sql("select distinct agency_code from ew_model order by 1").query(String.class).list();
	}
}
