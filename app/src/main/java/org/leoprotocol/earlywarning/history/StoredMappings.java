package org.leoprotocol.earlywarning.history;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.shared.Actor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Mapping files uploaded by administrators, by name, so an agency's own layout is chosen like a shipped one. */
@Repository
public class StoredMappings {

	private final JdbcClient jdbc;

	StoredMappings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<String> names() {
		return jdbc.sql("select name from ew_mapping order by name").query(String.class).list();
	}

	public Optional<String> content(String name) {
		return jdbc.sql("select content from ew_mapping where name = :name").param("name", name).query(String.class)
			.optional();
	}

	public void save(String name, String content, Actor by, Instant at) {
		jdbc.sql("""
				insert into ew_mapping (name, content, uploaded_by, uploaded_at) values (:name, :content, :by, :at)
				on conflict (name) do update set content = excluded.content, uploaded_by = excluded.uploaded_by,
				  uploaded_at = excluded.uploaded_at
				""").param("name", name).param("content", content).param("by", by.username())
			.param("at", at.atOffset(ZoneOffset.UTC)).update();
	}
}
