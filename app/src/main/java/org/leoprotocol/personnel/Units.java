package org.leoprotocol.personnel;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency's units, in plain SQL. */
@Repository
class Units {

	private final JdbcClient jdbc;

	Units(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Unit> findAll() {
		return jdbc.sql("select id, code, name, parent_id from unit order by name").query(Unit.class).list();
	}

	Optional<Unit> findByCode(String code) {
		return jdbc.sql("select id, code, name, parent_id from unit where code = :code").param("code", code)
			.query(Unit.class).optional();
	}

	Optional<Unit> findById(UUID id) {
		return jdbc.sql("select id, code, name, parent_id from unit where id = :id").param("id", id)
			.query(Unit.class).optional();
	}

	/** The unit and every unit above it, nearest first. */
	List<Unit> chainUpwards(UUID id) {
		return jdbc.sql("""
				with recursive chain(id, code, name, parent_id, depth) as (
				  select id, code, name, parent_id, 0 from unit where id = :id
				  union all
				  select u.id, u.code, u.name, u.parent_id, c.depth + 1 from unit u join chain c on u.id = c.parent_id
				  where c.depth < 50
				)
				select id, code, name, parent_id from chain order by depth
				""").param("id", id).query(Unit.class).list();
	}

	/** The unit and every unit that reports to it, directly or through others. */
	Set<UUID> andBelow(UUID id) {
		return new HashSet<>(jdbc.sql("""
				with recursive below(id, depth) as (
				  select id, 0 from unit where id = :id
				  union all
				  select u.id, b.depth + 1 from unit u join below b on u.parent_id = b.id where b.depth < 50
				)
				select distinct id from below
				""").param("id", id).query(UUID.class).list());
	}

	void insert(Unit unit) {
		jdbc.sql("insert into unit (id, code, name, parent_id) values (:id, :code, :name, :parent)")
			.param("id", unit.id()).param("code", unit.code()).param("name", unit.name())
			.param("parent", unit.parentId())
			.update();
	}
}
