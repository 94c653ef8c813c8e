package org.leoprotocol.training;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Training modules and acknowledgements in plain SQL; acknowledgements are only ever inserted. */
@Repository
class TrainingModules {

	private static final String SELECT = """
			select id, protocol_version, title, summary, content, link, created_by, created_at from training_module""";

	private final JdbcClient jdbc;

	TrainingModules(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(TrainingModule module) {
		jdbc.sql(
				"""
						insert into training_module (id, protocol_version, title, summary, content, link, created_by, created_at)
						values (:id, :version, :title, :summary, :content, :link, :by, :at)
						""")
			.param("id", module.id()).param("version", module.protocolVersion()).param("title", module.title())
			.param("summary", module.summary()).param("content", module.content()).param("link", module.link())
			.param("by", module.createdBy()).param("at", module.createdAt().atOffset(ZoneOffset.UTC)).update();
	}

	Optional<TrainingModule> find(UUID id) {
		return jdbc.sql(SELECT + " where id = :id").param("id", id).query(TrainingModules::module).optional();
	}

	List<TrainingModule> all() {
		return jdbc.sql(SELECT + " order by protocol_version desc, created_at").query(TrainingModules::module).list();
	}

	boolean anyForVersion(int version) {
		return jdbc.sql("select count(*) from training_module where protocol_version = :v").param("v", version)
			.query(Long.class).single() > 0;
	}

	/** Records an acknowledgement; false when the officer had already acknowledged the module. */
	boolean acknowledge(UUID moduleId, UUID officerId, String by, Instant at) {
		return jdbc.sql("""
				insert into training_acknowledgement (module_id, officer_id, acknowledged_by, acknowledged_at)
				values (:module, :officer, :by, :at) on conflict do nothing
				""").param("module", moduleId).param("officer", officerId).param("by", by)
			.param("at", at.atOffset(ZoneOffset.UTC))
			.update() == 1;
	}

	/** When each of the officers acknowledged the module; officers who have not are absent. */
	Map<UUID, Instant> acknowledgements(UUID moduleId, Collection<UUID> officerIds) {
		if (officerIds.isEmpty()) {
			return Map.of();
		}
		return jdbc.sql(
				"select officer_id, acknowledged_at from training_acknowledgement where module_id = :module and officer_id in (:officers)")
			.param("module", moduleId).param("officers", officerIds)
			.query((rs, row) -> Map.entry(rs.getObject("officer_id", UUID.class),
					rs.getObject("acknowledged_at", OffsetDateTime.class).toInstant()))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/** Every module the officer acknowledged, with the date. */
	Map<UUID, Instant> acknowledgedBy(UUID officerId) {
		return jdbc.sql("select module_id, acknowledged_at from training_acknowledgement where officer_id = :officer")
			.param("officer", officerId)
			.query((rs, row) -> Map.entry(rs.getObject("module_id", UUID.class),
					rs.getObject("acknowledged_at", OffsetDateTime.class).toInstant()))
			.list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	private static TrainingModule module(ResultSet rs, int row) throws SQLException {
		return new TrainingModule(rs.getObject("id", UUID.class), rs.getInt("protocol_version"), rs.getString("title"),
				rs.getString("summary"), rs.getString("content"), rs.getString("link"), rs.getString("created_by"),
				rs.getObject("created_at", OffsetDateTime.class).toInstant());
	}
}
