package org.leoprotocol.protocol.finding;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.leoprotocol.shared.phrase.Sentence;
import org.leoprotocol.protocol.IncidentDesk;
import org.leoprotocol.protocol.IncidentKind;
import org.leoprotocol.protocol.web.IncidentRoutes;
import org.leoprotocol.shared.AgencyTime;
import org.leoprotocol.shared.Role;
import org.leoprotocol.shared.web.HomeContributor;
import org.leoprotocol.shared.web.HomePanel;
import org.leoprotocol.shared.web.HomePanel.Link;
import org.leoprotocol.shared.web.HomeReader;
import org.leoprotocol.shared.web.PanelBar;
import org.leoprotocol.shared.web.PanelChart;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Leo's Protocol at a glance for command: the open incidents by kind (children and vulnerable adults), the steps that
 * went late in the last seven days, day by day in the agency's zone, and the median minutes from a report to an
 * officer's first engagement with the person (the step Leo's Protocol times most closely) by month. Counts only, no
 * one's identity; the query is audited as a search.
 */
@Component
class ProtocolFigures implements HomeContributor {

	static final int MONTHS = 6;

	private final JdbcClient jdbc;
	private final Clock clock;
	private final AgencyTime time;
	private final IncidentDesk desk;

	ProtocolFigures(JdbcClient jdbc, Clock clock, AgencyTime time, IncidentDesk desk) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.time = time;
		this.desk = desk;
	}

	@Override
	public List<HomePanel> panels(HomeReader reader) {
		if (!reader.has(Role.COMMAND.name())) {
			return List.of();
		}
		desk.auditList(Sentence.ofText("audit.detail.search.home.incident-figures"));
		return List.of(HomePanel
			.of(Role.COMMAND.name(), "home-protocol-figures", reader.t("home.command.protocol"), "", List.of(),
					new Link(reader.t("home.supervisor.board"), IncidentRoutes.BOARD))
			.withCharts(List.of(openByKind(reader), lateSteps(reader), engagement(reader))));
	}

	private PanelChart openByKind(HomeReader reader) {
		Map<String, Long> open = jdbc
			.sql("select kind, count(*) as n from incident where status = 'OPEN' group by kind")
			.query((rs, row) -> Map.entry(rs.getString("kind"), rs.getLong("n"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new PanelChart("chart-open-incidents", reader.t("home.chart.open"), reader.t("home.chart.kind"),
				reader.t("home.chart.incidents"),
				Arrays.stream(IncidentKind.values())
					.map(kind -> PanelBar.of(reader.t("transparency.kind." + kind.name()),
							open.getOrDefault(kind.name(), 0L)))
					.toList());
	}

	/** Steps whose deadline fell in the last seven days and that were, or still are, not done by it. */
	private PanelChart lateSteps(HomeReader reader) {
		Instant now = clock.instant();
		LocalDate today = LocalDate.ofInstant(now, time.zone());
		Map<LocalDate, Long> late = jdbc
			.sql("""
					select (due_at at time zone :zone)::date as day, count(*) as n from incident_step
					where due_at > :from and due_at <= :now and (status = 'LATE' or (status = 'OPEN' and due_at < :now) or done_at > due_at)
					group by day""")
			.param("zone", time.zone().getId())
			.param("from", java.sql.Timestamp.from(today.minusDays(6).atStartOfDay(time.zone()).toInstant()))
			.param("now", java.sql.Timestamp.from(now))
			.query((rs, row) -> Map.entry(rs.getObject("day", LocalDate.class), rs.getLong("n"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(reader.page().text().locale());
		return new PanelChart("chart-late-steps", reader.t("home.chart.late", time.zone().getId()),
				reader.t("home.chart.day"),
				reader.t("home.chart.steps"),
				java.util.stream.IntStream.rangeClosed(0, 6).mapToObj(back -> today.minusDays(6 - back))
					.map(date -> PanelBar.of(day.format(date), late.getOrDefault(date, 0L))).toList());
	}

	/** The median minutes from report to first engagement, per month of report in the agency's zone. */
	private PanelChart engagement(HomeReader reader) {
		List<YearMonth> months = reader.lastMonths(clock.instant(), MONTHS);
		Map<YearMonth, Long> medians = jdbc.sql("""
				select month, round(percentile_cont(0.5) within group (order by minutes))::bigint as median from (
				  select to_char(i.reported_at at time zone :zone, 'YYYY-MM') as month,
				         extract(epoch from (min(e.occurred_at) - i.reported_at)) / 60 as minutes
				  from incident i join incident_event e on e.incident_id = i.id
				  where i.reported_at >= :from and e.type = 'STEP_DONE' and e.step_code in (:steps)
				  group by i.id, i.reported_at) engaged
				group by month""")
			.param("zone", time.zone().getId())
			.param("from", java.sql.Timestamp.from(months.get(0).atDay(1).atStartOfDay(time.zone()).toInstant()))
			.param("steps", List.copyOf(GapAnalysis.ENGAGEMENT_STEPS))
			.query((rs, row) -> Map.entry(YearMonth.parse(rs.getString("month")), rs.getLong("median"))).list().stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return new PanelChart("chart-engagement", reader.t("home.chart.engagement"), reader.t("home.chart.month"),
				reader.t("home.chart.minutes"),
				months.stream().map(m -> medians.containsKey(m) ? PanelBar.of(reader.month(m), medians.get(m))
						: new PanelBar(reader.month(m), 0, reader.t("home.chart.noIncidents")))
					.toList());
	}
}
