package org.leoprotocol.complaints.commendation;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.audit.AuditAction;
import org.leoprotocol.audit.AuditTrail;
import org.leoprotocol.complaints.ComplaintIntake;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelBar;
import org.leoprotocol.shared.web.PanelChart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Commendations at a glance for command: how many the public sent each month, by the month received in the agency's
 * zone. Counts only; who wrote them and about whom stays on the commendations themselves.
 */
@Component
class CommendationFigures implements HomeContributor {

	static final int MONTHS = 6;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AgencyTime time;
	private final AuditTrail audit;

	CommendationFigures(JdbcClient jdbc, Clock clock, AgencyTime time, AuditTrail audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.time = time;
		this.audit = audit;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has(Role.COMMAND.name())) {
			return List.of();
		}
		audit.query(AuditAction.SEARCH, ComplaintIntake.COMPONENT, "Complaint",
				Sentence.ofText("audit.detail.search.home.commendations"));
		List<YearMonth> months = reader.lastMonths(clock.instant(), MONTHS);
		Map<YearMonth, Long> counts = jdbc.sql("""
				select to_char(received_at at time zone :zone, 'YYYY-MM') as month, count(*) as n from complaint
				where kind = 'COMMENDATION' and received_at >= :from group by month""")
			.param("zone", time.zone().getId())
			.param("from", java.sql.Timestamp.from(months.get(0).atDay(1).atStartOfDay(time.zone()).toInstant()))
			.query((rs, row) -> Map.entry(YearMonth.parse(rs.getString("month")), rs.getLong("n"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		PanelChart chart = new PanelChart("chart-commendations", reader.t("home.chart.commendations"),
				reader.t("home.chart.month"),
				reader.t("home.chart.commendationCount"),
				months.stream().map(m -> PanelBar.of(reader.month(m), counts.getOrDefault(m, 0L))).toList());
		return List.of(HomePanel
			.of(Role.COMMAND.name(), "home-commendation-figures", reader.t("home.command.commendations"), "", List.of(),
					null)
			.withCharts(List.of(chart)));
	}
}
