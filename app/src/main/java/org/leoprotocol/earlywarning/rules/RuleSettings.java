package org.leoprotocol.earlywarning.rules;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The agency's settings of the early-warning rules, one row per rule. */
@Repository
public class RuleSettings {

	private final JdbcClient jdbc;

	RuleSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<RuleSetting> all() {
		return jdbc.sql("select rule, enabled, threshold, window_months from ew_rule_setting order by rule")
			.query((rs, n) -> new RuleSetting(rs.getString(1), rs.getBoolean(2), rs.getInt(3), rs.getInt(4))).list();
	}

	public Map<String, RuleSetting> byRule() {
		return all().stream().collect(Collectors.toMap(RuleSetting::rule, Function.identity()));
	}

	public void update(RuleSetting setting, Actor by, Instant at) {
		int updated = jdbc.sql("""
				update ew_rule_setting set enabled = :enabled, threshold = :threshold, window_months = :window,
				  updated_by = :by, updated_at = :at where rule = :rule
				""").param("enabled", setting.enabled()).param("threshold", setting.threshold())
			.param("window", setting.windowMonths()).param("by", by.username()).param("at", at.atOffset(ZoneOffset.UTC))
			.param("rule", setting.rule()).update();
		if (updated == 0) {
			throw new UnknownRecord("earlywarning.rule.unknown", setting.rule());
		}
	}
}
