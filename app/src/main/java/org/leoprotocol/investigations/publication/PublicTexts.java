package org.leoprotocol.investigations.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Public texts of cases, as written, redacted and approved, in plain SQL. */
@Repository
public class PublicTexts {

	private static final String SELECT = """
			select p.id, p.kind, p.subject_id, p.investigation_id, i.case_number, p.written_text, p.redacted_text,
			  p.written_by, p.written_at, p.approved_by, p.approved_at
			from public_text p join investigation i on i.id = p.investigation_id
			""";

	private final JdbcClient jdbc;

	PublicTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a text waiting for approval; a rewritten case summary replaces the earlier one, approved or not. */
	public void write(PublicText text) {
		jdbc.sql(
				"""
						insert into public_text (id, kind, subject_id, investigation_id, written_text, redacted_text, written_by, written_at)
						values (:id, :kind, :subject, :investigation, :written, :redacted, :by, :at)
						on conflict (kind, subject_id) do update set written_text = excluded.written_text, redacted_text = excluded.redacted_text,
						  written_by = excluded.written_by, written_at = excluded.written_at, approved_by = null, approved_at = null
						""")
			.param("id", text.id()).param("kind", text.kind().name()).param("subject", text.subjectId())
			.param("investigation", text.investigationId()).param("written", text.writtenText())
			.param("redacted", text.redactedText())
			.param("by", text.writtenBy()).param("at", text.writtenAt().atOffset(ZoneOffset.UTC)).update();
	}

	public void approve(PublicText text) {
		jdbc.sql("update public_text set approved_by = :by, approved_at = :at where id = :id and approved_by is null")
			.param("by", text.approvedBy()).param("at", text.approvedAt().atOffset(ZoneOffset.UTC))
			.param("id", text.id()).update();
	}

	public Optional<PublicText> find(UUID id) {
		return jdbc.sql(SELECT + " where p.id = :id").param("id", id).query(PublicTexts::text).optional();
	}

	public Optional<PublicText> findForUpdate(UUID id) {
		return jdbc.sql(SELECT + " where p.id = :id for update of p").param("id", id).query(PublicTexts::text)
			.optional();
	}

	public Optional<PublicText> of(PublicTextKind kind, UUID subject) {
		return jdbc.sql(SELECT + " where p.kind = :kind and p.subject_id = :subject").param("kind", kind.name())
			.param("subject", subject).query(PublicTexts::text).optional();
	}

	public List<PublicText> pending(int limit) {
		return jdbc.sql(SELECT + " where p.approved_by is null order by p.written_at limit :limit")
			.param("limit", limit)
			.query(PublicTexts::text).list();
	}

	private static PublicText text(ResultSet rs, int row) throws SQLException {
		java.sql.Timestamp approved = rs.getTimestamp("approved_at");
		return new PublicText(rs.getObject("id", UUID.class), PublicTextKind.valueOf(rs.getString("kind")),
				rs.getObject("subject_id", UUID.class), rs.getObject("investigation_id", UUID.class),
				rs.getString("case_number"),
				rs.getString("written_text"), rs.getString("redacted_text"), List.of(), rs.getString("written_by"),
				rs.getTimestamp("written_at").toInstant(), rs.getString("approved_by"),
				approved == null ? null : approved.toInstant());
	}

}
