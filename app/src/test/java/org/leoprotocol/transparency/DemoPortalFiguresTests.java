package org.leoprotocol.transparency;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.leoprotocol.DemoInstanceTest;
import org.leoprotocol.transparency.statistics.PortalStatistics;
import org.leoprotocol.transparency.web.Bar;
import org.leoprotocol.transparency.web.ChartView;
import org.leoprotocol.transparency.web.PortalView;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The portal of a demo instance shows a department's real figures: with the five years of generated history, no
 * all-years total leaves out a suppressed cell (no "&lt;5", no †), every chart has bars to draw, and each of the five
 * years has its own complaints, commendations and protocol incidents, again without a suppressed cell.
 */
@DemoInstanceTest
class DemoPortalFiguresTests {

	@Autowired
	Portal portal;
	@Autowired
	PortalStatistics statistics;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theAllYearsTotalsShowNoSuppressedCellAndFiveYearsHaveFiguresOfTheirOwn() {
		await().atMost(Duration.ofMinutes(3)).untilAsserted(
				() -> assertThat(jdbc.sql("select count(*) from event_publication where completion_date is null")
					.query(Long.class).single()).isZero());

		PortalView allYears = portal.view(PortalFilter.of(null, null, null), Locale.ENGLISH);

		assertThat(bars(allYears)).isNotEmpty().allSatisfy(DemoPortalFiguresTests::isARealFigure);
		assertThat(allYears.complaintCharts())
			.allSatisfy(chart -> assertThat(chart.bars()).as(chart.id()).isNotEmpty());
		assertThat(allYears.incidentRows()).hasSize(4).allSatisfy(row -> {
			assertThat(List.of(row.incidents(), row.escalations(), row.reunifications())).as(row.kind())
				.noneMatch(shown -> shown.contains("<") || shown.equals("0"));
			assertThat(row.medianMinutes()).as(row.kind()).isNotEmpty();
		});
		assertThat(allYears.medianClosureDays()).isNotEmpty();
		assertThat(allYears.medianEngagementMinutes()).isNotEmpty();
		List<String> complaintYears = chart(allYears, "chart-by-year").bars().stream().map(Bar::label).toList();
		assertThat(complaintYears).as("complaints received by year").hasSizeGreaterThanOrEqualTo(5);
		assertThat(allYears.commendations().bars()).as("commendations by year").hasSizeGreaterThanOrEqualTo(5);

		List<Integer> lastFive = statistics.years().subList(0, 5);
		for (int year : lastFive) {
			PortalView oneYear = portal.view(PortalFilter.of(year, null, null), Locale.ENGLISH);
			assertThat(bars(oneYear)).as("figures of %d", year).isNotEmpty()
				.allSatisfy(DemoPortalFiguresTests::isARealFigure);
			assertThat(chart(oneYear, "chart-by-finding").bars()).as("findings of %d", year).isNotEmpty();
			assertThat(oneYear.incidentRows()).as("incidents of %d", year).hasSize(4)
				.allSatisfy(row -> assertThat(row.incidents()).doesNotContain("<").isNotEqualTo("0"));
		}
	}

	private static void isARealFigure(Bar bar) {
		assertThat(bar.shown()).as(bar.label()).doesNotContain("<");
		assertThat(bar.partial()).as("%s leaves out a suppressed cell", bar.label()).isFalse();
		assertThat(bar.plotted()).as(bar.label()).isPositive();
	}

	private static List<Bar> bars(PortalView view) {
		return Stream.concat(view.complaintCharts().stream(), Stream.of(view.incidents(), view.commendations()))
			.flatMap(chart -> chart.bars().stream()).toList();
	}

	private static ChartView chart(PortalView view, String id) {
		return view.complaintCharts().stream().filter(chart -> chart.id().equals(id)).findFirst().orElseThrow();
	}
}
