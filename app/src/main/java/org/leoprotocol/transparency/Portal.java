package org.leoprotocol.transparency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.leoprotocol.investigations.Category;
import org.leoprotocol.transparency.statistics.PortalStatistics;
import org.leoprotocol.transparency.web.ChartView;
import org.leoprotocol.transparency.web.FilterView;
import org.leoprotocol.transparency.web.IncidentRow;
import org.leoprotocol.transparency.web.Option;
import org.leoprotocol.transparency.web.PortalView;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Puts the portal page together from the statistics, every number through the {@link PublicationGate}. */
@Component
class Portal {

	private final PortalStatistics statistics;
	private final PublicationGate gate;
	private final MessageSource messages;

	Portal(PortalStatistics statistics, PublicationGate gate, MessageSource messages) {
		this.statistics = statistics;
		this.gate = gate;
		this.messages = messages;
	}

	PortalView view(PortalFilter filter, Locale locale) {
		Function<String, String> text = key -> messages.getMessage(key, null, key, locale);
		Function<String, String> categoryLabel = code -> text.apply("transparency.category." + code);
		Function<String, String> plain = gate::code;
		List<ChartView> complaints = List.of(
				gate.chart("by-category", text, "category", categoryLabel, "allegations",
						statistics.allegationsByCategory(filter.year(), filter.unit())),
				gate.chart("by-finding", text, "finding", code -> text.apply("transparency.finding." + code),
						"allegations",
						statistics.allegationsByFinding(filter.year(), filter.unit(), filter.category())),
				gate.chart("by-unit", text, "unit", plain, "allegations",
						statistics.allegationsByUnit(filter.year(), filter.category())),
				gate.chart("by-year", text, "year", plain, "complaints", statistics.complaintsByYear(filter.unit())));
		List<PortalStatistics.IncidentTally> incidents = statistics.incidentsByKind(filter.year());
		Function<String, String> kindLabel = code -> text.apply("transparency.kind." + code);
		return new PortalView(filters(filter, text, categoryLabel), complaints,
				median(statistics.closureDays(filter.year(), filter.unit(), filter.category())),
				gate.chart("incidents", text, "kind", kindLabel, "incidents",
						incidents.stream().map(PortalStatistics.IncidentTally::incidents).toList()),
				incidents.stream()
					.map(i -> new IncidentRow(kindLabel.apply(i.kind()), gate.total(i.incidents()).shown(),
							gate.total(i.escalations()).shown(), gate.total(i.reunifications()).shown(),
							median(statistics.engagementMinutes(filter.year(), i.kind()))))
					.toList(),
				median(statistics.engagementMinutes(filter.year(), Rollup.ALL)),
				gate.chart("commendations", text, "year", plain, "commendations",
						statistics.commendationsByYear(filter.unit())));
	}

	private String median(Map<Integer, Long> histogram) {
		return gate.median(histogram).map(String::valueOf).orElse("");
	}

	private FilterView filters(PortalFilter filter, Function<String, String> text,
			Function<String, String> categoryLabel) {
		List<Option> years = new ArrayList<>(
				List.of(new Option("", text.apply("transparency.filter.all"), filter.year() == Rollup.ALL_YEARS)));
		statistics.years()
			.forEach(year -> years.add(new Option(year.toString(), year.toString(), year == filter.year())));
		List<Option> units = new ArrayList<>(
				List.of(new Option("", text.apply("transparency.filter.all"), Rollup.ALL.equals(filter.unit()))));
		statistics.units().stream().map(gate::code)
			.forEach(unit -> units.add(new Option(unit, unit, unit.equals(filter.unit()))));
		List<Option> categories = new ArrayList<>(
				List.of(new Option("", text.apply("transparency.filter.all"), Rollup.ALL.equals(filter.category()))));
		for (Category category : Category.values()) {
			categories.add(new Option(category.name(), categoryLabel.apply(category.name()),
					category.name().equals(filter.category())));
		}
		return new FilterView(years, units, categories, filter.query());
	}
}
