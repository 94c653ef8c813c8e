package org.leoprotocol.protocol.definition;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.ProtocolVersion;
import org.leoprotocol.shared.Role;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Published protocol versions in plain SQL; rows are only ever inserted (the tables refuse changes). */
@Repository
public class ProtocolDefinitions {

	private final JdbcClient jdbc;

	ProtocolDefinitions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ProtocolVersion> find(int version) {
		return jdbc
			.sql("select version, name, published_at, published_by, notes from protocol_version where version = :v")
			.param("v", version)
			.query((rs, row) -> header(rs))
			.optional()
			.map(header -> header.withSteps(steps(version)));
	}

	public int latestVersion() {
		return jdbc.sql("select coalesce(max(version), 0) from protocol_version").query(Integer.class).single();
	}

	/** Every version, newest first, without steps. */
	public List<ProtocolVersion> all() {
		List<Header> headers = jdbc
			.sql("select version, name, published_at, published_by, notes from protocol_version order by version desc")
			.query((rs, row) -> header(rs)).list();
		return headers.stream().map(header -> header.withSteps(steps(header.version()))).toList();
	}

	public void lockForPublication() {
		jdbc.sql("lock table protocol_version in share row exclusive mode").update();
	}

	public void insert(ProtocolVersion version) {
		jdbc.sql("""
				insert into protocol_version (version, name, published_at, published_by, notes)
				values (:version, :name, :at, :by, :notes)
				""")
			.param("version", version.version()).param("name", version.name())
			.param("at", version.publishedAt().atOffset(ZoneOffset.UTC)).param("by", version.publishedBy())
			.param("notes", version.notes())
			.update();
		version.steps().forEach(step -> insert(version.version(), step));
	}

	private void insert(int version, ProtocolStep step) {
		jdbc.sql(
				"""
						insert into protocol_step (version, code, position, title, instruction, acting_role, anchor, deadline_seconds,
												   applies_to, under_age, completed_by, source)
						values (:version, :code, :position, :title, :instruction, :role, :anchor, :deadline,
								string_to_array(:appliesTo, ','), :underAge, :completedBy, :source)
						""")
			.param("version", version).param("code", step.code()).param("position", step.position())
			.param("title", step.title()).param("instruction", step.instruction())
			.param("role", step.actingRole().name()).param("anchor", step.anchor().name())
			.param("deadline", (int) step.deadline().toSeconds())
			.param("appliesTo", step.appliesTo().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
			.param("underAge", step.underAge())
			.param("completedBy", step.completedBy() == null ? null : step.completedBy().name())
			.param("source", step.source())
			.update();
		for (EscalationLevel level : step.escalations()) {
			jdbc.sql(
					"""
							insert into protocol_escalation (version, step_code, level, notify_role, after_seconds, acknowledge_within_seconds)
							values (:version, :code, :level, :role, :after, :acknowledge)
							""")
				.param("version", version).param("code", step.code()).param("level", level.level())
				.param("role", level.notified().name()).param("after", (int) level.after().toSeconds())
				.param("acknowledge",
						level.acknowledgeWithin() == null ? null : (int) level.acknowledgeWithin().toSeconds())
				.update();
		}
	}

	/** A stored level; no time to acknowledge stored means the default for its role. */
	private static EscalationLevel level(int level, Role role, int afterSeconds, Integer acknowledgeSeconds) {
		return acknowledgeSeconds == null ? new EscalationLevel(level, role, Duration.ofSeconds(afterSeconds))
				: new EscalationLevel(level, role, Duration.ofSeconds(afterSeconds),
						Duration.ofSeconds(acknowledgeSeconds));
	}

	private List<ProtocolStep> steps(int version) {
		Map<String, List<EscalationLevel>> chains = jdbc.sql("""
				select step_code, level, notify_role, after_seconds, acknowledge_within_seconds from protocol_escalation
				where version = :v order by level
				""")
			.param("v", version)
			.query((rs, row) -> Map.entry(rs.getString(1), level(rs.getInt(2), Role.valueOf(rs.getString(3)),
					rs.getInt(4), rs.getObject(5, Integer.class))))
			.list().stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return jdbc.sql("select * from protocol_step where version = :v order by position")
			.param("v", version)
			.query((rs, row) -> step(rs, chains.getOrDefault(rs.getString("code"), List.of())))
			.list();
	}

	private static ProtocolStep step(ResultSet rs, List<EscalationLevel> chain) throws SQLException {
		String completedBy = rs.getString("completed_by");
		return new ProtocolStep(rs.getString("code"), rs.getInt("position"), rs.getString("title"),
				rs.getString("instruction"),
				Role.valueOf(rs.getString("acting_role")), Anchor.valueOf(rs.getString("anchor")),
				Duration.ofSeconds(rs.getInt("deadline_seconds")), kinds(rs.getArray("applies_to")),
				rs.getObject("under_age", Integer.class),
				completedBy == null ? null : CompletingEvent.valueOf(completedBy),
				rs.getString("source"), new ArrayList<>(chain));
	}

	private static Set<IncidentKind> kinds(Array array) throws SQLException {
		Set<IncidentKind> kinds = EnumSet.noneOf(IncidentKind.class);
		Arrays.stream((String[]) array.getArray()).map(IncidentKind::valueOf).forEach(kinds::add);
		return kinds;
	}

	private static Header header(ResultSet rs) throws SQLException {
		return new Header(rs.getInt("version"), rs.getString("name"), rs.getTimestamp("published_at").toInstant(),
				rs.getString("published_by"), rs.getString("notes"));
	}

	private record Header(int version, String name, java.time.Instant publishedAt, String publishedBy, String notes) {

		ProtocolVersion withSteps(List<ProtocolStep> steps) {
			return new ProtocolVersion(version, name, publishedAt, publishedBy, notes, steps);
		}
	}
}
